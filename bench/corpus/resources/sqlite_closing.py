# corpus: safe REL118
import sqlite3
from contextlib import closing

from django.conf import settings


def legacy_count():
    with closing(sqlite3.connect(settings.LEGACY_DB)) as conn:
        return conn.execute("SELECT count(*) FROM orders").fetchone()[0]
