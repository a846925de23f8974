# corpus: safe SEC105
import aiohttp
from aiohttp import web

UPSTREAM = "https://search.internal/api"


async def search(request: web.Request) -> web.Response:
    async with aiohttp.ClientSession() as session:
        async with session.get(UPSTREAM, params={"q": request.query.get("q", "")}) as response:
            return web.json_response(await response.json())


app = web.Application()
app.router.add_get("/search", search)
