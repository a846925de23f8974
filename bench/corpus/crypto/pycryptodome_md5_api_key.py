# corpus: vulnerable SEC208
from Crypto.Hash import MD5


def generate_api_key(account_id: str, created: str) -> str:
    h = MD5.new()
    h.update(f"{account_id}{created}".encode())
    api_key = h.hexdigest()
    return api_key
