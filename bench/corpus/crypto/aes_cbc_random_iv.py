# corpus: safe SEC209
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

MODE = AES.MODE_CBC


def encrypt_profile(key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(16)
    return iv + AES.new(key, MODE, iv).encrypt(pad(data, 16))
