# corpus: vulnerable SEC209
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

IV = b"\x00" * 16
MODE = AES.MODE_CBC


def encrypt_profile(key: bytes, data: bytes) -> bytes:
    return AES.new(key, MODE, IV).encrypt(pad(data, 16))
