# corpus: safe REL101
import aiohttp


async def fetch_profile(user_id: int) -> dict:
    async with aiohttp.ClientSession() as client:
        async with client.get(f"https://profiles.internal/{user_id}") as resp:
            return await resp.json()
