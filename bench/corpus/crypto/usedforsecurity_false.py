# corpus: safe SEC208
import hashlib


def shard_token(token: str, shards: int) -> int:
    digest = hashlib.md5(token.encode(), usedforsecurity=False).digest()
    return int.from_bytes(digest[:4], "big") % shards
