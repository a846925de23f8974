# corpus: vulnerable SEC210
import random


def new_csrf_token(session) -> str:
    session["csrf_token"] = f"{random.getrandbits(64):016x}"
    return session["csrf_token"]
