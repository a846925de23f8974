# corpus: vulnerable REL108
"""A service class with its own logger attribute swallows and logs a failure."""

import logging

from .gateway import GatewayError, PaymentGateway


class RefundService:
    def __init__(self, gateway: PaymentGateway):
        self.gateway = gateway
        self.logger = logging.getLogger("payments.refunds")

    def refund(self, charge_id, amount):
        try:
            return self.gateway.refund(charge_id, amount)
        except GatewayError as err:
            self.logger.critical("refund %s failed: %r", charge_id, err)
            return None
