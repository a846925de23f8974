# corpus: safe SEC401
"""A published checksum, header/setting names and timeouts: none is a secret."""

import hashlib

INSTALLER_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
TOKEN_HEADER = "X-Auth-Token"
PASSWORD_RESET_TIMEOUT = 3600
SESSION_COOKIE_NAME = "portal_sessionid"
API_KEY_PREFIX = "ak_"


def installer_ok(data: bytes) -> bool:
    return hashlib.sha256(data).hexdigest() == INSTALLER_SHA256
