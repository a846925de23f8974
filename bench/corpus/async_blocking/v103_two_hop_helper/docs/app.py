# corpus: vulnerable ASY103
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from docs.render import render_page


async def page(request):
    return PlainTextResponse(render_page(request.path_params["name"], user="guest"))


app = Starlette(routes=[Route("/docs/{name}", page)])
