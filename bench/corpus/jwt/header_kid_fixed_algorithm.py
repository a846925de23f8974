# corpus: safe SEC202
"""The header names the key (kid); the algorithm stays fixed by the verifier."""

import jwt

from .keys import PUBLIC_KEYS

ALGORITHM = "ES256"


def verify(token):
    header = jwt.get_unverified_header(token)
    key = PUBLIC_KEYS[header["kid"]]
    return jwt.decode(token, key, algorithms=[ALGORITHM], audience="mobile")
