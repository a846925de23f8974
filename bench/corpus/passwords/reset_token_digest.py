# corpus: safe SEC205
import hashlib
import secrets


def issue_password_reset(user):
    password_reset_token = secrets.token_urlsafe(32)
    user.reset_digest = hashlib.sha256(password_reset_token.encode()).hexdigest()
    user.save(update_fields=["reset_digest"])
    return password_reset_token
