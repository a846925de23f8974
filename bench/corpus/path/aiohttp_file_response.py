# corpus: vulnerable SEC104
from aiohttp import web


async def asset(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    return web.FileResponse(f"/srv/assets/{name}")


app = web.Application()
app.router.add_get("/assets/{name:.+}", asset)
