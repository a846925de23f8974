# corpus: safe SEC209
from Crypto.Cipher import AES


def encrypt_card(number: str, key: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(number.encode())
    return cipher.nonce + tag + ciphertext
