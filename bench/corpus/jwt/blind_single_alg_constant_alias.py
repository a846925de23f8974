# corpus: safe SEC202
"""One fixed asymmetric algorithm, through a constant and an aliased import."""

from pathlib import Path

import jwt as pyjwt

ALGORITHM = "RS256"
PUBLIC_KEY = Path("/etc/keys/issuer.pub.pem").read_text()


def verify(token: str) -> dict:
    return pyjwt.decode(
        token, PUBLIC_KEY, algorithms=[ALGORITHM], audience="billing", options={"require": ["exp"]}
    )
