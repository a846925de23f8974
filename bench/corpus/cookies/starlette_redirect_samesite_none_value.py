# corpus: vulnerable SEC211
from starlette.responses import RedirectResponse

from .sessions import new_session


async def callback(request):
    session = await new_session(request)
    response = RedirectResponse("/", status_code=302)
    response.set_cookie("session", session.id, secure=True, httponly=True, samesite=None)
    return response
