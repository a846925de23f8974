# corpus: safe SEC210
"""Jitter on a session refresh retry loop: the random value is a delay, not the session."""

import random
import time

import requests


def refresh_session_with_backoff(session_url: str, attempts: int = 5) -> dict:
    for attempt in range(attempts):
        resp = requests.post(session_url, timeout=10)
        if resp.ok:
            return resp.json()
        time.sleep(random.uniform(0, 2**attempt))
    raise RuntimeError("could not refresh session")
