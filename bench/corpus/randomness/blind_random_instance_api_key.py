# corpus: vulnerable SEC210
"""A module-level `random.Random()` instance (Mersenne Twister) mints API keys."""

import random

_rng = random.Random()


def new_api_key() -> str:
    return "ak_%032x" % _rng.getrandbits(128)
