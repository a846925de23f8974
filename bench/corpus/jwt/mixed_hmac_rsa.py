# corpus: vulnerable SEC202
"""A migration from HS256 to RS256 that accepts both with the same key: algorithm confusion."""

from pathlib import Path

import jwt

PUBLIC_KEY = Path("/etc/app/jwt_public.pem").read_text()
SUPPORTED = ("RS256", "HS256")


def verify(token):
    return jwt.decode(token, PUBLIC_KEY, algorithms=SUPPORTED, audience="billing")
