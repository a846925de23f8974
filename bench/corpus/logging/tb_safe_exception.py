# corpus: safe REL108
"""`logger.exception` inside the handler records the traceback."""

import logging

from .gateway import GatewayError, push_invoice

logger = logging.getLogger(__name__)


def sync_invoice(invoice):
    try:
        push_invoice(invoice)
    except GatewayError:
        logger.exception("invoice %s not synced", invoice.pk)
        invoice.sync_failed = True
        invoice.save(update_fields=["sync_failed"])
