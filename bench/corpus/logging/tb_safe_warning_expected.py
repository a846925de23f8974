# corpus: safe REL108
"""An expected cache miss is logged as a warning without a traceback: a deliberate choice."""

import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)


def cached_rates(load_rates):
    try:
        return cache.get_or_set("fx-rates", load_rates, 300)
    except ConnectionError:
        logger.warning("cache unavailable, loading rates from the database")
        return load_rates()
