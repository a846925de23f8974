# corpus: safe REL109
"""structlog: a constant event name and key-value pairs."""

import structlog

log = structlog.get_logger(__name__)


def checkout(cart):
    log.info("checkout_started", cart_id=cart.id, items=len(cart.items))
    total = sum(item.price for item in cart.items)
    log.info("checkout_priced", cart_id=cart.id, total=f"{total:.2f}")
    return total
