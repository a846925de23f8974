# corpus: vulnerable SEC111
from aiohttp import web


async def search(request: web.Request) -> web.Response:
    term = request.query.get("q", "")
    return web.Response(text=f"<h1>Results for {term}</h1>", content_type="text/html")


app = web.Application()
app.router.add_get("/search", search)
