# corpus: vulnerable SEC102
import asyncio

from aiohttp import web


async def disk_usage(request: web.Request) -> web.Response:
    directory = request.query.get("dir", "/srv")
    proc = await asyncio.create_subprocess_shell(
        f"du -sh {directory}", stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())


app = web.Application()
app.router.add_get("/du", disk_usage)
