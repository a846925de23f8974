# corpus: vulnerable SEC202
"""The verifier lets the token's own header choose the algorithm."""

import jwt

from .keys import load_key


def verify(token):
    header = jwt.get_unverified_header(token)
    algorithm = header["alg"]
    return jwt.decode(token, load_key(header.get("kid")), algorithms=[algorithm])
