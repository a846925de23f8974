# corpus: safe REL111
"""Logging whether a credential is present, not the credential."""

import logging

logger = logging.getLogger(__name__)


def api_entry(request):
    logger.debug(
        "auth header present: %s, cookie count: %d",
        "Authorization" in request.headers,
        len(request.COOKIES),
    )
