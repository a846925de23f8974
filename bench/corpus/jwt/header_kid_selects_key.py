# corpus: safe SEC201
"""Key rotation: the unverified header only chooses which key verifies the token."""

import os

import jwt

KEYS = {
    "2024-01": os.environ["JWT_KEY_2024_01"],
    "2024-06": os.environ["JWT_KEY_2024_06"],
}


def verify(token):
    header = jwt.get_unverified_header(token)
    key = KEYS.get(header.get("kid"))
    if key is None:
        raise jwt.InvalidTokenError("unknown key id")
    return jwt.decode(token, key, algorithms=["HS256"], options={"require": ["exp"]})
