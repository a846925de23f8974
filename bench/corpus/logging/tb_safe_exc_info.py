# corpus: safe REL108
"""`exc_info=True` keeps the ERROR level and adds the traceback."""

import logging

from .search import SearchUnavailable, query_index

logger = logging.getLogger("search")


def search(term):
    try:
        return query_index(term)
    except SearchUnavailable:
        logger.error("search index unavailable for %r", term, exc_info=True)
        return []
