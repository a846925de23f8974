# corpus: safe SEC204
"""The HMAC key is read from a Docker/Kubernetes secret file, not written in the code."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import jwt

_KEY = Path("/run/secrets/jwt_hmac_key").read_bytes().strip()


def issue(user_id: int) -> str:
    exp = datetime.now(UTC) + timedelta(minutes=10)
    return jwt.encode({"sub": str(user_id), "exp": exp}, _KEY, algorithm="HS512")


def verify(token: str) -> dict:
    return jwt.decode(token, _KEY, algorithms=["HS512"])
