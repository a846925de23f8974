# corpus: vulnerable REL101
from aiohttp import ClientSession, ClientTimeout

NO_LIMITS = ClientTimeout()


async def stream_feed(url):
    async with ClientSession(timeout=ClientTimeout(total=None)) as session:
        async with session.get(url) as resp:
            async for chunk in resp.content.iter_chunked(1024):
                yield chunk
