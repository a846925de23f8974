# corpus: vulnerable ASY103
import shutil
import tempfile

from aiohttp import web


async def clear_cache(request: web.Request) -> web.Response:
    shutil.rmtree(tempfile.gettempdir() + "/thumbs", ignore_errors=True)
    return web.json_response({"cleared": True})
