# corpus: vulnerable REL103
from contextlib import suppress


class InvoiceService:
    def __init__(self, gateway):
        self.gateway = gateway

    def send(self, invoice):
        with suppress(Exception):
            self.gateway.deliver(invoice)
