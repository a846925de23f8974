# corpus: vulnerable REL118
import sqlite3

from django.conf import settings


def legacy_count(table):
    conn = sqlite3.connect(settings.LEGACY_DB)
    cur = conn.execute(f"SELECT count(*) FROM {table}")
    return cur.fetchone()[0]
