import time

from django.apps import AppConfig
from django.db.backends.signals import connection_created


def slow_down(seconds: float) -> float:
    """SQLite stand-in for an expensive expression (PostgreSQL has pg_sleep)."""
    time.sleep(seconds)
    return seconds


def register_sql_functions(sender: object, connection: object, **kwargs: object) -> None:
    if getattr(connection, "vendor", "") == "sqlite":
        connection.connection.create_function("slow_down", 1, slow_down)  # type: ignore[attr-defined]


class LibraryConfig(AppConfig):
    name = "library"

    def ready(self) -> None:
        connection_created.connect(register_sql_functions, dispatch_uid="library-sql-functions")
