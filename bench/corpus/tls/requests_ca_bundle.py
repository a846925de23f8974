# corpus: safe SEC307
import requests

CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"


def fetch_invoice(invoice_id):
    url = f"https://billing.internal/invoices/{invoice_id}"
    return requests.get(url, verify=CA_BUNDLE, timeout=10).json()
