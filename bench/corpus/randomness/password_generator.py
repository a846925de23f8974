# corpus: vulnerable SEC210
import random
import string

ALPHABET = string.ascii_letters + string.digits + "!@#$%"


def generate_temporary_password(length: int = 12) -> str:
    chars = random.choices(ALPHABET, k=length)
    return "".join(chars)
