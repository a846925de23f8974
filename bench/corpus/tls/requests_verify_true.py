# corpus: safe SEC307
from requests import post as send

VERIFY_CERTIFICATES = True


def notify(payload):
    return send(
        "https://hooks.partner.example/notify", json=payload, verify=VERIFY_CERTIFICATES, timeout=5
    )
