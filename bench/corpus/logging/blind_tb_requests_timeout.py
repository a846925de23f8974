# corpus: safe REL108
# A timeout's traceback says nothing the message does not: the stack is always the same.
import logging

import requests

logger = logging.getLogger(__name__)
TIMEOUT = 5


def fetch_tracking(number):
    try:
        response = requests.get(f"https://tracking.example.com/{number}", timeout=TIMEOUT)
    except requests.Timeout:
        logger.error("tracking service timed out after %ss for %s", TIMEOUT, number)
        return None
    return response.json()
