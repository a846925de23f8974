# corpus: vulnerable SEC401
import psycopg


def connect(host: str = "db", user: str = "reporting", password: str = "R3port!ng-2023"):
    return psycopg.connect(host=host, user=user, password=password, dbname="warehouse")
