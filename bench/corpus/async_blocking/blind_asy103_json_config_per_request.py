# corpus: vulnerable ASY103
import json

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def feature_flags(request):
    with open("/etc/myapp/flags.json") as fh:
        flags = json.load(fh)
    return JSONResponse({"flags": flags})


app = Starlette(routes=[Route("/flags", feature_flags)])
