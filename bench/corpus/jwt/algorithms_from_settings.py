# corpus: safe SEC202
"""The algorithm is configured next to the key, in settings."""

from django.conf import settings

import jwt


def decode_access_token(token):
    return jwt.decode(
        token,
        settings.JWT["VERIFYING_KEY"],
        algorithms=[settings.JWT["ALGORITHM"]],
        audience=settings.JWT["AUDIENCE"],
    )
