# corpus: safe REL107
import logging

from .models import Invoice, LedgerEntry
from .pdf import render_invoice
from .storage import upload

logger = logging.getLogger(__name__)


def close_month(account, period):
    invoices = list(Invoice.objects.filter(account=account, period=period))
    try:
        total = 0
        for invoice in invoices:
            invoice.finalize()
            invoice.save()
            total += invoice.total
            document = render_invoice(invoice)
            invoice.pdf_key = upload(document, f"invoices/{invoice.pk}.pdf")
            invoice.save(update_fields=["pdf_key"])
        LedgerEntry.objects.create(account=account, period=period, amount=total)
        account.last_closed = period
        account.save()
    except Exception:
        logger.exception("closing %s for %s failed", period, account.pk)
        raise
    return total
