# corpus: vulnerable SEC204
"""authlib HS256 with a literal key."""

import time

from authlib.jose import jwt


def invite_token(email):
    header = {"alg": "HS256"}
    claims = {"email": email, "exp": int(time.time()) + 86400}
    return jwt.encode(header, claims, "invite-secret").decode()
