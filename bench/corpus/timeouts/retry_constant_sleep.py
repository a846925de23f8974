# corpus: vulnerable REL114
import time

import requests

RETRIES = 5


def fetch_rates(url):
    for _ in range(RETRIES):
        try:
            response = requests.get(url, timeout=5)
            response.raise_for_status()
            return response.json()
        except requests.RequestException:
            time.sleep(3)
    raise RuntimeError("rates unavailable")
