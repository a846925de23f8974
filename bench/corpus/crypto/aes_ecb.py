# corpus: vulnerable SEC209
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_card(number: str, key: bytes) -> bytes:
    return AES.new(key, AES.MODE_ECB).encrypt(pad(number.encode(), 16))
