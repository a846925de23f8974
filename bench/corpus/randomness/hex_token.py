# corpus: vulnerable SEC210
from random import getrandbits


class Invitation:
    def __init__(self, email: str):
        self.email = email
        self.token = hex(getrandbits(64))[2:]
