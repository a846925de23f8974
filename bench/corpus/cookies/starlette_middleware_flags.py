# corpus: safe SEC211
from starlette.middleware.base import BaseHTTPMiddleware

from .sessions import rotate


class RotateSession(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        new_id = rotate(request)
        response.set_cookie("session", new_id, secure=True, httponly=True, samesite="strict")
        return response
