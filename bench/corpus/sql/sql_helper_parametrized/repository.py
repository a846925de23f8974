import sqlite3

DB_PATH = "/var/lib/app/library.db"


def books_by_author(author: str) -> list[tuple[int, str]]:
    conn = sqlite3.connect(DB_PATH)
    try:
        query = "SELECT id, title FROM books WHERE author = ? ORDER BY title"
        return conn.execute(query, (author,)).fetchall()
    finally:
        conn.close()
