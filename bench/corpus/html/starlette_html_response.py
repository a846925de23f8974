# corpus: vulnerable SEC111
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route


async def error_page(request: Request) -> HTMLResponse:
    reason = request.query_params.get("reason", "unknown")
    return HTMLResponse(f"<h2>Something went wrong: {reason}</h2>", status_code=400)


app = Starlette(routes=[Route("/error", error_page)])
