# corpus: safe SEC204
"""RS256 with the private key loaded from a mounted secret file."""

import time
from pathlib import Path

import jwt

PRIVATE_KEY = Path("/run/secrets/jwt_private_key.pem").read_bytes()
ALGORITHM = "RS256"


def issue(user_id):
    claims = {"sub": user_id, "exp": int(time.time()) + 900}
    return jwt.encode(claims, PRIVATE_KEY, algorithm=ALGORITHM, headers={"kid": "2024-06"})
