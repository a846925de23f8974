# corpus: safe SEC307
"""Health probe to the sidecar over loopback with a settings-driven verify flag."""

import requests
from django.conf import settings


def sidecar_healthy() -> bool:
    resp = requests.get(
        "https://127.0.0.1:15021/healthz/ready", verify=settings.SIDECAR_CA_PATH, timeout=1
    )
    return resp.status_code == 200
