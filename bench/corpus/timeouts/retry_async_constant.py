# corpus: vulnerable REL114
import asyncio

import httpx


async def poll_job(client: httpx.AsyncClient, job_id: str):
    attempts = 0
    while attempts < 10:
        attempts += 1
        try:
            response = await client.get(f"/jobs/{job_id}")
            response.raise_for_status()
            return response.json()
        except httpx.HTTPError:
            await asyncio.sleep(1)
    return None
