# corpus: vulnerable REL101
import aiohttp


async def fetch_profile(session: aiohttp.ClientSession, user_id: int) -> dict:
    async with aiohttp.ClientSession() as client:
        async with client.get(f"https://profiles.internal/{user_id}", timeout=None) as resp:
            return await resp.json()
