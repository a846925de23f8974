# corpus: vulnerable SEC209
from Cryptodome.Cipher import ARC4


def obfuscate_cookie(value: bytes, key: bytes) -> bytes:
    return ARC4.new(key).encrypt(value)
