# corpus: vulnerable REL109
"""A module-level template string formatted with `%` before the call."""

import logging

logger = logging.getLogger(__name__)
SLOW_QUERY = "slow query (%.1f ms): %s"


def record(duration_ms, sql):
    if duration_ms > 500:
        logger.warning(SLOW_QUERY % (duration_ms, sql))
