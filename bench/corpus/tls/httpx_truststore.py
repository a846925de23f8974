# corpus: safe SEC307
import ssl

import httpx
import truststore

context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client = httpx.Client(base_url="https://inventory.internal", verify=context, timeout=5)


def stock(sku):
    return client.get(f"/stock/{sku}").json()
