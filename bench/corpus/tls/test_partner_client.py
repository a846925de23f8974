# corpus: safe SEC307
import requests


def test_sandbox_reachable():
    # The sandbox uses a self-signed certificate; tests only.
    assert requests.get("https://sandbox.local/health", verify=False, timeout=5).ok
