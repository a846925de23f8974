"""A FastAPI app over SQLAlchemy: sync and async endpoints, each with an N+1 and a fixed twin."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import JSONResponse, StreamingResponse
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlalchemy.orm import Session, selectinload

from middleware_apps.sqla_models import Author, Book


def build(engine: Engine, async_engine: AsyncEngine | None = None) -> FastAPI:
    app = FastAPI()

    @app.get("/books")
    def books() -> JSONResponse:
        with Session(engine) as session:
            rows = session.scalars(select(Book).order_by(Book.id)).all()
            names = [book.author.name for book in rows]  # N+1: asgi-sync
        return JSONResponse(names, headers={"X-Books": str(len(names))})

    @app.get("/books/eager")
    def books_eager() -> JSONResponse:
        with Session(engine) as session:
            query = select(Book).options(selectinload(Book.author)).order_by(Book.id)
            names = [book.author.name for book in session.scalars(query)]
        return JSONResponse(names, headers={"X-Books": str(len(names))})

    @app.get("/books/stream")
    def books_stream() -> StreamingResponse:
        def lines():  # type: ignore[no-untyped-def]
            with Session(engine) as session:
                for book in session.scalars(select(Book).order_by(Book.id)).all():
                    yield f"{book.author.name}\n"  # N+1: asgi-stream

        return StreamingResponse(lines(), media_type="text/plain")

    if async_engine is not None:

        @app.get("/async/authors")
        async def async_authors() -> JSONResponse:
            names = []
            async with AsyncSession(async_engine) as session:
                for number in range(1, 8):
                    query = select(Author).where(Author.id == number)
                    author = await session.scalar(query)  # N+1: asgi-async
                    names.append(author.name if author else "")
            return JSONResponse(names)

    return app
