# corpus: safe SEC203
"""A generic signer: the claims come from the caller, whose shape is unknown here."""

from django.conf import settings

import jwt


def sign(claims: dict) -> str:
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")
