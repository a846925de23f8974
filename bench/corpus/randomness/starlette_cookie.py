# corpus: vulnerable SEC210
import random

from starlette.responses import JSONResponse


async def start_session(request):
    response = JSONResponse({"ok": True})
    response.set_cookie(key="session", value=str(random.random())[2:], httponly=True)
    return response
