# corpus: vulnerable SEC205
"""Home-grown salted SHA-256: fast hash on a parameter named `raw_password`."""

import hashlib
import secrets


def _digest(raw_password: str, salt: str) -> str:
    return hashlib.sha256((salt + raw_password).encode("utf-8")).hexdigest()


def set_password(user, raw_password: str) -> None:
    salt = secrets.token_hex(8)
    user.password_hash = "%s$%s" % (salt, _digest(raw_password, salt))
    user.save()
