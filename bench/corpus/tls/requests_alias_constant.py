# corpus: vulnerable SEC307
from requests import post as send

VERIFY_CERTIFICATES = False


def notify(payload):
    return send(
        "https://hooks.partner.example/notify", json=payload, verify=VERIFY_CERTIFICATES, timeout=5
    )
