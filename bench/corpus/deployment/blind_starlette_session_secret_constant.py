# corpus: vulnerable SEC306
"""Session-signing secret for Starlette's SessionMiddleware written as a module constant."""

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

from .routes import routes

SESSION_SECRET = "b7f3c1e9a2d84f60b5e1c7a9d3f2e8b4"

app = Starlette(
    routes=routes,
    middleware=[Middleware(SessionMiddleware, secret_key=SESSION_SECRET, https_only=True)],
)
