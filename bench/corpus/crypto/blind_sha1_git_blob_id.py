# corpus: safe SEC208
"""Git's object id is SHA-1 by protocol; computing it for interop is not a security choice."""

import hashlib


def git_blob_sha(data: bytes) -> str:
    header = b"blob %d\0" % len(data)
    return hashlib.sha1(header + data).hexdigest()


def is_unchanged(local_bytes: bytes, remote_entry: dict) -> bool:
    return git_blob_sha(local_bytes) == remote_entry["sha"]
