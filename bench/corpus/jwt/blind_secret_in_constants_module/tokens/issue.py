# corpus: vulnerable SEC204
"""HS256 key is a literal kept in a sibling config module."""

from datetime import UTC, datetime, timedelta

import jwt
from tokens.config import JWT_SIGNING_KEY, TOKEN_LIFETIME_MINUTES


def issue(user_id: int) -> str:
    exp = datetime.now(UTC) + timedelta(minutes=TOKEN_LIFETIME_MINUTES)
    return jwt.encode({"sub": str(user_id), "exp": exp}, JWT_SIGNING_KEY, algorithm="HS256")
