# corpus: safe SEC210
import random
import string

ALPHABET = string.ascii_letters + string.digits + "!@#$%"
_sysrand = random.SystemRandom()


def generate_temporary_password(length: int = 12) -> str:
    chars = _sysrand.choices(ALPHABET, k=length)
    return "".join(chars)
