# corpus: safe SEC205
import hashlib

import requests


def is_pwned(password: str) -> bool:
    digest = hashlib.sha1(password.encode()).hexdigest().upper()
    prefix, suffix = digest[:5], digest[5:]
    response = requests.get(f"https://api.pwnedpasswords.com/range/{prefix}", timeout=5)
    return suffix in response.text
