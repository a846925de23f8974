"""Calls that block the calling thread, with what to use instead inside `async def`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BlockingCall:
    qualname: str
    what: str
    instead: str


def _rows(prefix: str, names: tuple[str, ...], what: str, instead: str) -> tuple[BlockingCall, ...]:
    return tuple(BlockingCall(f"{prefix}.{name}", what, instead) for name in names)


_HTTP = ("get", "options", "head", "post", "put", "patch", "delete", "request")

BLOCKING_CALLS: dict[str, BlockingCall] = {
    row.qualname: row
    for row in (
        BlockingCall("time.sleep", "sleeps the whole event loop", "`await asyncio.sleep(...)`"),
        *_rows(
            "requests",
            _HTTP,
            "performs blocking HTTP I/O",
            "an awaited `httpx.AsyncClient` or `aiohttp` call",
        ),
        BlockingCall(
            "urllib.request.urlopen", "performs blocking HTTP I/O", "`httpx.AsyncClient`, awaited"
        ),
        *_rows(
            "subprocess",
            ("run", "call", "check_call", "check_output"),
            "waits for a child process",
            "`await asyncio.create_subprocess_exec(...)`",
        ),
        BlockingCall(
            "os.system", "waits for a shell command", "`await asyncio.create_subprocess_exec(...)`"
        ),
        BlockingCall(
            "socket.create_connection",
            "opens a blocking socket",
            "`await asyncio.open_connection(...)`",
        ),
        BlockingCall(
            "smtplib.SMTP",
            "talks to a mail server synchronously",
            "`aiosmtplib`, or a background task queue",
        ),
        BlockingCall(
            "psycopg2.connect",
            "opens a blocking database connection",
            "`asyncpg` or `psycopg.AsyncConnection`",
        ),
        BlockingCall(
            "sqlite3.connect",
            "opens a blocking database connection",
            "`aiosqlite`, or `run_in_threadpool`",
        ),
        BlockingCall("pymysql.connect", "opens a blocking database connection", "`aiomysql`"),
    )
}

# Wrappers that run a sync callable off the event loop: passing a function to these is the fix.
OFFLOADERS = frozenset(
    {
        "asyncio.to_thread",
        "asgiref.sync.sync_to_async",
        "starlette.concurrency.run_in_threadpool",
        "fastapi.concurrency.run_in_threadpool",
        "anyio.to_thread.run_sync",
    }
)
