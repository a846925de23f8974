# corpus: vulnerable SEC307
import httpx

client = httpx.Client(base_url="https://inventory.internal", verify=False, timeout=5)


def stock(sku):
    return client.get(f"/stock/{sku}").json()
