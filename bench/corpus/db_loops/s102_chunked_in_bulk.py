# corpus: safe DB102
from itertools import batched

from search.models import Document


def load_documents(ids, size=500):
    found = {}
    for chunk in batched(ids, size):
        found.update(Document.objects.in_bulk(chunk))
    return found
