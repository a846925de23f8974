# corpus: safe REL114
# The delay comes from a helper that doubles it per attempt (with jitter).
import random
import time

import requests


def _delay(attempt, base=0.5, cap=30.0):
    return min(cap, base * 2**attempt) * random.uniform(0.5, 1.0)


def fetch_catalog(session: requests.Session, url):
    for attempt in range(6):
        try:
            response = session.get(url, timeout=10)
            response.raise_for_status()
            return response.json()
        except requests.RequestException:
            time.sleep(_delay(attempt))
    raise RuntimeError("catalog unavailable")
