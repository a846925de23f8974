import os

DOCUMENT_ROOT = "/srv/documents"


def read_document(name: str) -> bytes:
    path = os.path.join(DOCUMENT_ROOT, name)
    with open(path, "rb") as handle:
        return handle.read()
