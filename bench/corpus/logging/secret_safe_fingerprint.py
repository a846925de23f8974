# corpus: safe REL111
"""A key's fingerprint identifies it in logs without revealing it."""

import hashlib
import logging

logger = logging.getLogger(__name__)


def rotate(service, api_key):
    fingerprint = hashlib.sha256(api_key.encode()).hexdigest()[:12]
    logger.info("rotated key %s for %s", fingerprint, service)
    logger.info("key length %d", len(api_key))
