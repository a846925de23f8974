# corpus: safe SEC208
from hashlib import md5


def avatar_url(user, size: int = 80) -> str:
    email_hash = md5(user.email.strip().lower().encode()).hexdigest()
    return f"https://www.gravatar.com/avatar/{email_hash}?s={size}"
