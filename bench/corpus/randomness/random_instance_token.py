# corpus: vulnerable SEC210
import random
import string

rng = random.Random()


def invite_token() -> str:
    return "".join(rng.choice(string.ascii_letters) for _ in range(24))
