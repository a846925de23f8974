# corpus: safe REL101
import requests

API = "https://billing.example.com/v2"


def create_invoice(payload):
    options = {"timeout": (3.05, 15), "headers": {"Idempotency-Key": payload["id"]}}
    return requests.post(f"{API}/invoices", json=payload, **options)
