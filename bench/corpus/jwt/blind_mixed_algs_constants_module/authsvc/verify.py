# corpus: vulnerable SEC202
"""Algorithm confusion: one list mixes HMAC and RSA, imported from a constants module."""

import jwt as pyjwt
from authsvc.constants import ACCEPTED_ALGORITHMS

with open("/etc/authsvc/public.pem") as fh:
    PUBLIC_KEY = fh.read()


def verify_access_token(token: str) -> dict:
    return pyjwt.decode(token, PUBLIC_KEY, algorithms=ACCEPTED_ALGORITHMS, audience="api")
