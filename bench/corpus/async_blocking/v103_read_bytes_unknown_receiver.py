# corpus: vulnerable ASY103
from importlib import resources

from starlette.responses import Response


async def favicon(request):
    data = resources.files("webapp.assets").joinpath("favicon.ico").read_bytes()
    return Response(data, media_type="image/x-icon")
