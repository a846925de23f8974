# corpus: safe SEC307
import os

import requests


def call_partner(payload):
    return requests.post(
        "https://partner.example/api",
        json=payload,
        verify=os.environ.get("PARTNER_CA_BUNDLE", True),
        timeout=10,
    )
