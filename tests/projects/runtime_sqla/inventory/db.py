"""Engines and sessions, sync and async, from one database URL."""

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session, sessionmaker

SYNC_DRIVERS = {"postgresql": "postgresql+psycopg", "sqlite": "sqlite+pysqlite"}
ASYNC_DRIVERS = {"postgresql": "postgresql+psycopg", "sqlite": "sqlite+aiosqlite"}


def slow_down(seconds: float) -> float:
    """SQLite stand-in for an expensive expression (PostgreSQL has pg_sleep)."""
    time.sleep(seconds)
    return seconds


def _register_sqlite_functions(dbapi_connection: Any, connection_record: object) -> None:
    dbapi_connection.create_function("slow_down", 1, slow_down)


def _with_driver(url: str, drivers: dict[str, str]) -> str:
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    return parsed.set(drivername=drivers[backend]).render_as_string(hide_password=False)


def sync_engine(url: str) -> Engine:
    engine = create_engine(_with_driver(url, SYNC_DRIVERS))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _register_sqlite_functions)
    return engine


def async_engine(url: str) -> AsyncEngine:
    engine = create_async_engine(_with_driver(url, ASYNC_DRIVERS))
    if engine.dialect.name == "sqlite":
        event.listen(engine.sync_engine, "connect", _register_sqlite_functions)
    return engine


class Database:
    def __init__(self, engine: Engine, aengine: AsyncEngine) -> None:
        self.engine = engine
        self.aengine = aengine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.async_sessions = async_sessionmaker(aengine, expire_on_commit=False)

    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    async def async_session(self) -> AsyncIterator[AsyncSession]:
        async with self.async_sessions() as session:
            yield session
