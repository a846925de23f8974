# corpus: safe SEC210
import random
import time

import requests


def fetch_token(url: str, attempts: int = 5) -> str:
    for attempt in range(attempts):
        response = requests.post(url, timeout=10)
        if response.ok:
            return response.json()["token"]
        time.sleep(min(30, 2**attempt) + random.uniform(0, 1))
    raise RuntimeError("token endpoint unavailable")
