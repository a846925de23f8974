# corpus: vulnerable SEC203
"""The payload is filled key by key and never gets an `exp`: the API key token lives forever."""

from datetime import UTC, datetime

from django.conf import settings

import jwt as pyjwt


def issue_api_token(user, scopes):
    payload = {}
    payload["sub"] = str(user.pk)
    payload["scopes"] = " ".join(scopes)
    payload["iat"] = datetime.now(UTC)
    return pyjwt.encode(payload, settings.JWT_SECRET, algorithm="HS256")
