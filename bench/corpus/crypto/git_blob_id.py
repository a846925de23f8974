# corpus: safe SEC208
import hashlib


def git_blob_id(data: bytes) -> str:
    header = b"blob %d\0" % len(data)
    return hashlib.sha1(header + data).hexdigest()
