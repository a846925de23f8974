# corpus: safe REL108
"""Log context and re-raise: the traceback travels up to Django's 500 handler."""

import logging

from django.db import transaction

from .ledger import LedgerError, post_entries

logger = logging.getLogger(__name__)


def close_period(period):
    with transaction.atomic():
        try:
            post_entries(period)
        except LedgerError:
            logger.error("closing period %s failed, rolling back", period.pk)
            raise
