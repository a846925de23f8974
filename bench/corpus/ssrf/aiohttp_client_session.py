# corpus: vulnerable SEC105
import aiohttp
from aiohttp import web


async def proxy(request: web.Request) -> web.Response:
    upstream = request.query["upstream"]
    async with aiohttp.ClientSession() as session:
        async with session.get(upstream) as response:
            body = await response.read()
    return web.Response(body=body)


app = web.Application()
app.router.add_get("/proxy", proxy)
