# corpus: safe SEC307
import requests
from django.conf import settings


def notify(payload):
    return requests.post(
        settings.PARTNER_URL, json=payload, verify=settings.PARTNER_CA_BUNDLE, timeout=5
    )
