# corpus: vulnerable SEC307
import requests


def fetch_invoice(invoice_id):
    url = f"https://billing.internal/invoices/{invoice_id}"
    return requests.get(url, verify=False, timeout=10).json()
