# corpus: safe SEC307
import ssl

import aiohttp

CONTEXT = ssl.create_default_context(cafile="/etc/ssl/certs/internal-ca.pem")


async def poll(url):
    connector = aiohttp.TCPConnector(ssl=CONTEXT, limit=10)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(url, ssl=CONTEXT) as response:
            return await response.text()
