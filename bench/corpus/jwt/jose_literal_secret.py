# corpus: vulnerable SEC204
"""python-jose (default HS256) with the key in the code, through an f-string of constants."""

from datetime import UTC, datetime, timedelta

from jose import jwt

APP_NAME = "shop"
SECRET_KEY = f"{APP_NAME}-tokens-2023"


def create_access_token(subject: str) -> str:
    expire = datetime.now(UTC) + timedelta(minutes=30)
    return jwt.encode({"sub": subject, "exp": expire}, SECRET_KEY)
