# corpus: vulnerable SEC213
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

from .routes import routes

middleware = [
    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True),
]
app = Starlette(routes=routes, middleware=middleware)
