# corpus: vulnerable REL109
"""String concatenation in a warning."""

import logging

logger = logging.getLogger(__name__)


class QuotaChecker:
    def __init__(self, limit):
        self.limit = limit

    def check(self, tenant, used):
        if used > self.limit:
            logger.warning("tenant " + tenant.slug + " over quota: " + str(used))
            return False
        return True
