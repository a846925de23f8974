# corpus: vulnerable SEC210
import numpy as np


def next_nonce() -> int:
    nonce = int(np.random.randint(0, 2**31 - 1))
    return nonce
