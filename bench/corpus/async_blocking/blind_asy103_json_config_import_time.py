# corpus: safe ASY103
import json

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

with open("/etc/myapp/flags.json") as fh:
    FLAGS = json.load(fh)


async def feature_flags(request):
    return JSONResponse({"flags": FLAGS})


app = Starlette(routes=[Route("/flags", feature_flags)])
