# corpus: safe REL108
# Logged with context, then re-raised: the traceback is logged once, upstream.
import logging

from .gateway import GatewayError, capture

logger = logging.getLogger(__name__)


def capture_payment(payment):
    try:
        return capture(payment.reference, payment.amount)
    except GatewayError as err:
        logger.error("capture failed for payment %s (%s)", payment.pk, err.code)
        raise
