# corpus: safe REL102
import json
import logging

logger = logging.getLogger(__name__)


def parse_payload(body):
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        logger.warning("invalid JSON payload")
        return {}
