# corpus: safe SEC204
"""Django: the key comes from settings (which read it from the environment)."""

from datetime import UTC, datetime, timedelta

from django.conf import settings

import jwt


def issue(user):
    now = datetime.now(UTC)
    claims = {"sub": str(user.pk), "exp": now + timedelta(minutes=15)}
    return jwt.encode(claims, settings.SECRET_KEY, algorithm="HS256")
