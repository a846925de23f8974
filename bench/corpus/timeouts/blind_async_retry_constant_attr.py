# corpus: vulnerable REL114
import asyncio

import httpx


class WebhookDispatcher:
    retry_delay = 3
    attempts = 5

    def __init__(self, client: httpx.AsyncClient):
        self.client = client

    async def deliver(self, url, payload):
        for _ in range(self.attempts):
            try:
                response = await self.client.post(url, json=payload, timeout=10)
                response.raise_for_status()
                return response
            except httpx.HTTPError:
                await asyncio.sleep(self.retry_delay)
        raise RuntimeError(f"webhook {url} failed after {self.attempts} attempts")
