# corpus: safe REL101
import httpx

TIMEOUT = httpx.Timeout(10.0, connect=3.0)


def ship(order):
    with httpx.Client(base_url="https://shipping.example.com", timeout=TIMEOUT) as client:
        return client.post("/shipments", json=order).json()
