"""A tiny library application on a plain DB-API connection (sqlite3 or psycopg), with the
problems the runtime review must find, each on a line that ends with a `# marker` comment."""

from __future__ import annotations

import time
from typing import Any

SCHEMA = (
    "CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT NOT NULL, status TEXT NOT NULL,"
    " author_id INTEGER NOT NULL REFERENCES author (id))",
    "CREATE INDEX book_author_idx ON book (author_id)",
)
AUTHOR_NAME = "SELECT name FROM author WHERE id = ?"
BOOK_TITLE = "SELECT title FROM book WHERE id = ?"
BY_STATUS = "SELECT id FROM book WHERE status = ?"


def create(connection: Any, authors: int = 6) -> None:
    cursor = connection.cursor()
    for statement in SCHEMA:
        cursor.execute(statement)
    for number in range(1, authors + 1):
        cursor.execute(f"INSERT INTO author (id, name) VALUES ({number}, 'author {number}')")
        cursor.execute(
            f"INSERT INTO book (id, title, status, author_id) "
            f"VALUES ({number}, 'book {number}', 'draft', {number})"
        )


def sql(db: Any, text: str) -> str:
    """The driver's placeholder style: `?` for sqlite3, `%s` for psycopg."""
    return text if type(db.wrapped).__module__.startswith("sqlite3") else text.replace("?", "%s")


def author_names(db: Any) -> list[str]:
    books = db.execute("SELECT id, author_id FROM book ORDER BY id").fetchall()
    names = []
    for _book_id, author_id in books:
        row = db.execute(sql(db, AUTHOR_NAME), (author_id,)).fetchone()  # N+1
        names.append(row[0])
    return names


def fetch_title(db: Any, book_id: int) -> str:
    return str(db.execute(sql(db, BOOK_TITLE), (book_id,)).fetchone()[0])  # helper


def titles(db: Any, ids: list[int]) -> list[str]:
    out = []
    for book_id in ids:  # the loop is one frame up
        out.append(fetch_title(db, book_id))
    return out


def by_status(db: Any, status: str) -> list[Any]:
    return list(db.execute(sql(db, BY_STATUS), (status,)).fetchall())  # scan


def silenced_names(db: Any) -> list[str]:
    out = []
    for author_id in range(1, 7):
        out.append(
            db.execute(sql(db, AUTHOR_NAME), (author_id,)).fetchone()[0]
        )  # scrutiny: ignore[DB101]
    return out


def same_author_twice(db: Any) -> None:
    db.execute(sql(db, AUTHOR_NAME), (1,)).fetchone()  # first
    db.execute(sql(db, AUTHOR_NAME), (1,)).fetchone()  # again


def slow_report(db: Any, delay_ms: float) -> None:
    db.wrapped.create_function("pause", 1, lambda ms: time.sleep(ms / 1000) or 1)
    db.execute("SELECT pause(?)", (delay_ms,)).fetchone()  # slow


def line_of(marker: str) -> int:
    """The line of this module that ends with `# <marker>`."""
    with open(__file__, encoding="utf-8") as handle:
        for number, text in enumerate(handle, 1):
            if text.rstrip().endswith(f"# {marker}"):
                return number
    raise LookupError(marker)
