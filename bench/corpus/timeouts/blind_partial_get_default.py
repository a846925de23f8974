# corpus: safe REL101
from functools import partial

import requests

fetch = partial(requests.get, timeout=(3, 10))


def exchange_rate(base, quote):
    response = fetch(f"https://fx.example.com/rates/{base}/{quote}")
    response.raise_for_status()
    return response.json()["rate"]
