# corpus: vulnerable SEC307
"""urllib with an unverified SSL context (aliased import) for a feed fetcher."""

import ssl as _ssl
import urllib.request

_CTX = _ssl._create_unverified_context()


def fetch_rates(url: str) -> bytes:
    with urllib.request.urlopen(url, context=_CTX, timeout=10) as resp:
        return resp.read()
