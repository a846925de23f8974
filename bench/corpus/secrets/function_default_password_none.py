# corpus: safe SEC401
import os

import psycopg


def connect(host: str = "db", user: str = "reporting", password: str | None = None):
    password = password or os.environ["WAREHOUSE_PASSWORD"]
    return psycopg.connect(host=host, user=user, password=password, dbname="warehouse")
