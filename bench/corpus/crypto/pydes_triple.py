# corpus: vulnerable SEC209
import pyDes


def encrypt_legacy(key: bytes, data: bytes) -> bytes:
    cipher = pyDes.triple_des(key, pyDes.CBC, b"\0" * 8, padmode=pyDes.PAD_PKCS5)
    return cipher.encrypt(data)
