import sqlite3

DB_PATH = "/var/lib/app/library.db"


def connect() -> sqlite3.Connection:
    return sqlite3.connect(DB_PATH)


def books_by_author(author: str) -> list[tuple[int, str]]:
    conn = connect()
    try:
        query = "SELECT id, title FROM books WHERE author = '{}' ORDER BY title".format(author)
        return conn.execute(query).fetchall()
    finally:
        conn.close()
