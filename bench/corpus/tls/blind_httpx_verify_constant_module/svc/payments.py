# corpus: vulnerable SEC307
"""httpx AsyncClient with verify=False taken from a constants module."""

import httpx

from svc.settings import PAYMENTS_URL, VERIFY_TLS


async def capture(payment_id: str) -> dict:
    async with httpx.AsyncClient(base_url=PAYMENTS_URL, verify=VERIFY_TLS) as client:
        resp = await client.post("/payments/%s/capture" % payment_id)
        resp.raise_for_status()
        return resp.json()
