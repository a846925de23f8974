# corpus: vulnerable SEC207
"""bcrypt cost 10 (below OWASP's 12), passed positionally from a constants module."""

import bcrypt

from accounts.constants import BCRYPT_COST


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(BCRYPT_COST))
