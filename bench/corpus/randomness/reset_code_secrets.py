# corpus: safe SEC210
import secrets
import string


def make_reset_code(length: int = 6) -> str:
    return "".join(secrets.choice(string.digits) for _ in range(length))
