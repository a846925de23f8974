# corpus: vulnerable REL104
import requests


class GatewayError(Exception):
    pass


def charge(session: requests.Session, payload):
    try:
        response = session.post("https://pay.example.com/charge", json=payload, timeout=10)
        response.raise_for_status()
    except requests.RequestException as exc:
        raise GatewayError("charge failed: %s" % exc)
    return response.json()
