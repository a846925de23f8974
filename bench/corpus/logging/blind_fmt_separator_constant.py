# corpus: safe REL109
# Repetition of a literal and a constant template: nothing is formatted before the call.
import logging

logger = logging.getLogger(__name__)
SHIPPED = "order %s shipped to %s"


def report(orders):
    logger.info("=" * 60)
    for order in orders:
        logger.info(SHIPPED, order.pk, order.country)
    logger.info("-" * 60)
