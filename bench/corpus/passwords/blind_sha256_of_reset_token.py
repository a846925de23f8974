# corpus: safe SEC205
"""SHA-256 of a 256-bit random reset token for storage: fine, the input is not a password."""

import hashlib
import secrets


def create_reset_token(user):
    token = secrets.token_urlsafe(32)
    user.reset_token_hash = hashlib.sha256(token.encode()).hexdigest()
    user.save(update_fields=["reset_token_hash"])
    return token
