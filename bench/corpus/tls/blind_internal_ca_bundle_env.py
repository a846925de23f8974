# corpus: safe SEC307
"""Verification against an internal CA bundle whose path comes from the environment."""

import os

import requests

CA_BUNDLE = os.environ.get("INTERNAL_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")


def get_inventory(sku: str) -> dict:
    resp = requests.get(
        "https://inventory.internal/api/items/%s" % sku, verify=CA_BUNDLE, timeout=5
    )
    resp.raise_for_status()
    return resp.json()
