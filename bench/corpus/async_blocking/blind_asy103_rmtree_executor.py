# corpus: safe ASY103
import asyncio
import functools
import shutil
from pathlib import Path

from aiohttp import web

WORK = Path("/var/tmp/builds")


async def delete_build(request):
    build_id = request.match_info["build_id"]
    if not build_id.isalnum():
        raise web.HTTPBadRequest()
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(
        None, functools.partial(shutil.rmtree, WORK / build_id, ignore_errors=True)
    )
    return web.json_response({"deleted": build_id})
