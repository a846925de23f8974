from fastapi import FastAPI

from .db import Database


def create_app(database: Database, *, fixed: bool) -> FastAPI:
    if fixed:
        from .routes_fixed import router
    else:
        from .routes import router
    app = FastAPI(title="inventory")
    app.state.database = database
    app.include_router(router)
    return app
