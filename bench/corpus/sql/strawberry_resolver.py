# corpus: vulnerable SEC101
import sqlite3

import strawberry


@strawberry.type
class Book:
    id: int
    title: str


@strawberry.type
class Query:
    @strawberry.field
    def books(self, title_contains: str) -> list[Book]:
        conn = sqlite3.connect("library.db")
        rows = conn.execute(
            f"SELECT id, title FROM books WHERE title LIKE '%{title_contains}%'"
        ).fetchall()
        return [Book(id=r[0], title=r[1]) for r in rows]


schema = strawberry.Schema(query=Query)
