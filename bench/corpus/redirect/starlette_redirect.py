# corpus: vulnerable SEC106
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route


async def leave(request: Request) -> RedirectResponse:
    return RedirectResponse(request.query_params.get("url", "/"))


app = Starlette(routes=[Route("/leave", leave)])
