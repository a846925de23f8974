# corpus: safe DB102
from .tax import vat_rate


def vat_lines(invoices):
    return [(invoice.number, invoice.net * vat_rate(invoice.country)) for invoice in invoices]
