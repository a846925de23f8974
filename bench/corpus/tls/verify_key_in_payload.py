# corpus: safe SEC307
import requests


def toggle_check(api, enabled):
    # "verify" here is a field of the remote API, not a TLS option.
    return requests.post(f"{api}/checks", json={"verify": False, "enabled": enabled}, timeout=5)
