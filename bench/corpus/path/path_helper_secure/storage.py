import os

from django.utils.text import get_valid_filename

DOCUMENT_ROOT = "/srv/documents"


def read_document(name: str) -> bytes:
    path = os.path.join(DOCUMENT_ROOT, get_valid_filename(name))
    with open(path, "rb") as handle:
        return handle.read()
