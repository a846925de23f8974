# corpus: vulnerable REL112
"""`logging.getLogger()` without a name is the root logger."""

import logging

logger = logging.getLogger()


def place_order(cart):
    logger.info("placing order for cart %s", cart.pk)
    return cart.checkout()
