# corpus: safe REL114
import random
import time

import requests


def fetch_rates(url, attempts=5):
    for attempt in range(attempts):
        try:
            response = requests.get(url, timeout=5)
            response.raise_for_status()
            return response.json()
        except requests.RequestException:
            if attempt == attempts - 1:
                raise
            time.sleep(random.uniform(0, min(30, 0.5 * 2**attempt)))
    return None
