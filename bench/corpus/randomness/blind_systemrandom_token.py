# corpus: safe SEC210
"""`random.SystemRandom` draws from os.urandom: fine for a session token."""

import random
import string

_sysrand = random.SystemRandom()
ALPHABET = string.ascii_letters + string.digits


def new_session_token(length: int = 40) -> str:
    return "".join(_sysrand.choice(ALPHABET) for _ in range(length))
