# corpus: vulnerable SEC307
from aiohttp import ClientSession


async def download(url):
    async with ClientSession() as session:
        response = await session.get(url, ssl=False)
        return await response.read()
