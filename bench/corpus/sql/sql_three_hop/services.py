from .filters import customer_filter
from .repository import run_select


class InvoiceService:
    def for_customer(self, customer: str) -> list[tuple]:
        where = customer_filter(customer)
        return run_select("billing_invoice", where)
