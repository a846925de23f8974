# corpus: vulnerable REL101
import requests

API = "https://billing.example.com/v2"


def create_invoice(payload):
    options = {"headers": {"Idempotency-Key": payload["id"]}}
    return requests.post(f"{API}/invoices", json=payload, **options)
