# corpus: vulnerable REL118
import sqlite3


class GeoIndex:
    def __init__(self, path):
        self.path = path

    def cities_in(self, country):
        conn = sqlite3.connect(self.path)
        rows = conn.execute("SELECT name FROM cities WHERE country = ?", (country,)).fetchall()
        return [name for (name,) in rows]
