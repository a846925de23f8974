"""A Flask app over SQLAlchemy, with an N+1, a fixed twin and a streamed N+1."""

from __future__ import annotations

from collections.abc import Iterator

from flask import Flask, Response, jsonify
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, joinedload

from middleware_apps.sqla_models import Book


def build(engine: Engine) -> Flask:
    app = Flask(__name__)

    @app.get("/books")
    def books() -> Response:
        with Session(engine) as session:
            rows = session.scalars(select(Book).order_by(Book.id)).all()
            names = [book.author.name for book in rows]  # N+1: wsgi
        response = jsonify(names)
        response.headers["X-Books"] = str(len(names))
        return response

    @app.get("/books/eager")
    def books_eager() -> Response:
        with Session(engine) as session:
            query = select(Book).options(joinedload(Book.author)).order_by(Book.id)
            names = [book.author.name for book in session.scalars(query)]
        response = jsonify(names)
        response.headers["X-Books"] = str(len(names))
        return response

    @app.get("/books/stream")
    def books_stream() -> Response:
        def lines() -> Iterator[str]:
            with Session(engine) as session:
                for book in session.scalars(select(Book).order_by(Book.id)).all():
                    yield f"{book.author.name}\n"  # N+1: wsgi-stream

        return Response(lines(), mimetype="text/plain")

    return app
