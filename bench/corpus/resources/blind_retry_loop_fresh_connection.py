# corpus: safe REL119
import time

import requests


def fetch_manifest(url):
    for attempt in range(4):
        try:
            response = requests.get(url, timeout=5)
            response.raise_for_status()
            return response.json()
        except requests.RequestException:
            time.sleep(2**attempt)
    raise RuntimeError(f"manifest {url} unavailable")
