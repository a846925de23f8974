# corpus: safe SEC203
"""Standard claims (exp, iat, jti) are added by a helper before signing."""

import secrets
from datetime import UTC, datetime, timedelta

from django.conf import settings

import jwt


def add_standard_claims(payload, lifetime=timedelta(minutes=10)):
    now = datetime.now(UTC)
    payload.update(iat=now, exp=now + lifetime, jti=secrets.token_urlsafe(16))


def download_token(user, file_id):
    payload = {"sub": user.pk, "file": file_id}
    add_standard_claims(payload)
    return jwt.encode(payload, settings.JWT_SECRET, algorithm="HS256")
