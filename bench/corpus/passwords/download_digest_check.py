# corpus: safe SEC206
import hashlib


def verify_download(path: str, expected_sha256: str) -> bool:
    with open(path, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    return digest == expected_sha256
