# corpus: vulnerable SEC202
"""Internal service tokens issued unsigned, with the algorithm name in a constant."""

from datetime import UTC, datetime, timedelta

import jwt

INTERNAL_ALG = "NONE"


def service_token(service_name):
    now = datetime.now(UTC)
    claims = {"sub": service_name, "iat": now, "exp": now + timedelta(minutes=5)}
    return jwt.encode(claims, None, algorithm=INTERNAL_ALG)
