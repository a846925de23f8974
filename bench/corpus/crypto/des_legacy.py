# corpus: vulnerable SEC209
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_ssn(ssn: str, key: bytes) -> bytes:
    cipher = DES.new(key, DES.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(ssn.encode(), DES.block_size))
