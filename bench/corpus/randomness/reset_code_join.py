# corpus: vulnerable SEC210
import random
import string


def make_reset_code(length: int = 6) -> str:
    return "".join(random.choice(string.digits) for _ in range(length))
