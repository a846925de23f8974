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
        BlockingCall(
            "psycopg.connect",
            "opens a blocking database connection",
            "`await psycopg.AsyncConnection.connect(...)`",
        ),
        BlockingCall(
            "mysql.connector.connect", "opens a blocking database connection", "`aiomysql`"
        ),
        BlockingCall(
            "pymongo.MongoClient",
            "creates a synchronous MongoDB client whose calls block",
            "`motor.motor_asyncio.AsyncIOMotorClient` (or `pymongo.AsyncMongoClient`)",
        ),
        *_rows(
            "httpx",
            (*_HTTP, "stream"),
            "performs blocking HTTP I/O",
            "an awaited `httpx.AsyncClient` call",
        ),
        BlockingCall(
            "httpx.Client",
            "creates a synchronous HTTP client whose requests block",
            "`httpx.AsyncClient` with awaited calls",
        ),
        BlockingCall(
            "requests.Session",
            "creates a synchronous HTTP session whose requests block",
            "`httpx.AsyncClient` or `aiohttp.ClientSession`",
        ),
        BlockingCall(
            "urllib.request.urlretrieve", "downloads over blocking I/O", "`httpx.AsyncClient`"
        ),
        BlockingCall(
            "urllib3.request", "performs blocking HTTP I/O", "an awaited `httpx.AsyncClient` call"
        ),
        BlockingCall(
            "urllib3.PoolManager",
            "creates a synchronous HTTP pool whose requests block",
            "`httpx.AsyncClient` or `aiohttp.ClientSession`",
        ),
        *_rows(
            "redis",
            ("Redis", "StrictRedis", "from_url", "Redis.from_url"),
            "creates a synchronous Redis client whose commands block",
            "`redis.asyncio.Redis` with awaited commands",
        ),
        *_rows(
            "boto3",
            ("client", "resource", "Session"),
            "creates a synchronous AWS client whose calls block",
            "`aioboto3`, or `await asyncio.to_thread(...)` around the calls",
        ),
        *_rows(
            "socket",
            ("gethostbyname", "gethostbyname_ex", "getaddrinfo"),
            "resolves a host name with blocking DNS",
            "`await loop.getaddrinfo(...)`",
        ),
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
        "asgiref.sync.SyncToAsync",
        "channels.db.database_sync_to_async",
        "starlette.concurrency.run_until_first_complete",
    }
)

# -- file I/O (ASY103) -------------------------------------------------------------------------


@dataclass(frozen=True)
class FileIoCall:
    qualname: str
    what: str
    instead: str
    minor: bool = False  # a directory listing: usually quick, reported with low severity


# `instead` is code; `{name}` is the call as written (`shutil.copy`).
_AIOFILES = "async with aiofiles.open(...) as f: await f.read()"
_THREAD = "await asyncio.to_thread({name}, ...)"

FILE_IO_CALLS: dict[str, FileIoCall] = {
    row.qualname: row
    for row in (
        *(
            FileIoCall(name, "opens a file with blocking I/O", _AIOFILES)
            for name in (
                "builtins.open",
                "io.open",
                "codecs.open",
                "gzip.open",
                "bz2.open",
                "lzma.open",
                "tempfile.NamedTemporaryFile",
                "tempfile.TemporaryFile",
                "tempfile.SpooledTemporaryFile",
                "os.fdopen",
            )
        ),
        *(
            FileIoCall(f"shutil.{name}", "copies or moves files with blocking I/O", _THREAD)
            for name in ("copy", "copy2", "copyfile", "copyfileobj", "copytree", "move")
        ),
        FileIoCall("shutil.rmtree", "deletes a directory tree with blocking I/O", _THREAD),
        FileIoCall("shutil.make_archive", "writes an archive with blocking I/O", _THREAD),
        FileIoCall("shutil.unpack_archive", "unpacks an archive with blocking I/O", _THREAD),
        *(
            FileIoCall(f"os.{name}", "lists a directory with blocking I/O", _THREAD, minor=True)
            for name in ("listdir", "walk", "scandir")
        ),
        FileIoCall("glob.glob", "lists files with blocking I/O", _THREAD, minor=True),
    )
}


@dataclass(frozen=True)
class PathMethod:
    what: str
    instead: str  # code; `{method}` is the method's name
    minor: bool = False


_PATH_RW = PathMethod(
    "reads or writes a file with blocking I/O", "await anyio.Path(...).{method}(...)"
)
# `pathlib.Path` methods that read or write the whole file (unknown receivers count too: the
# awaitable versions, `anyio.Path` and `aiopath`, are awaited and so never reported).
PATH_IO_METHODS: dict[str, PathMethod] = dict.fromkeys(
    ("read_text", "read_bytes", "write_text", "write_bytes"), _PATH_RW
)
# Methods that do file I/O only on a receiver known to be a path (`Path(p).open()`).
PATH_ONLY_METHODS: dict[str, PathMethod] = {
    "open": PathMethod(
        "opens a file with blocking I/O", "async with await anyio.Path(...).open() as f: ..."
    ),
    "iterdir": PathMethod(
        "lists a directory with blocking I/O",
        "async for entry in anyio.Path(...).iterdir(): ...",
        minor=True,
    ),
    "glob": PathMethod(
        "lists files with blocking I/O", "async for entry in anyio.Path(...).glob(...): ...", True
    ),
    "rglob": PathMethod(
        "walks a directory tree with blocking I/O",
        "async for entry in anyio.Path(...).rglob(...): ...",
    ),
}
# Classes and calls that produce a synchronous `pathlib` path.
SYNC_PATHS = frozenset(
    {
        "pathlib.Path",
        "pathlib.PurePath",
        "pathlib.PosixPath",
        "pathlib.WindowsPath",
        "pathlib.Path.cwd",
        "pathlib.Path.home",
    }
)
# Path attributes that are paths again (`Path(__file__).parent / "x.json"`).
PATH_ATTRIBUTES = frozenset({"parent", "parents"})
# Helpers decorated with these run once and are cached: their file reads are a startup cost.
CACHED_DECORATORS = frozenset(
    {"functools.lru_cache", "functools.cache", "functools.cached_property"}
)
