# corpus: safe ASY103
from aiopath import AsyncPath
from starlette.responses import Response


async def favicon(request):
    data = await AsyncPath("webapp/assets/favicon.ico").read_bytes()
    return Response(data, media_type="image/x-icon")
