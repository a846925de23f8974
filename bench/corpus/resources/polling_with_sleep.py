# corpus: safe REL119
import time

import requests


def wait_until_ready(url, deadline):
    while time.monotonic() < deadline:
        if requests.get(url, timeout=5).ok:
            return True
        time.sleep(30)
    return False
