# corpus: vulnerable SEC205
import hashlib

HASH_NAME = "sha1"


class Account:
    def __init__(self, login, passwd):
        self.login = login
        self.passwd_digest = hashlib.new(HASH_NAME, passwd.encode()).hexdigest()
