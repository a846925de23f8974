"""Sockets, network clients, retries and closeable resources: the data of REL113, REL114, REL118.

Qualified names as `SemanticModel.qualified_name` resolves them; argument positions count from 0.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- REL113: network clients that block forever without a timeout --------------------------------


@dataclass(frozen=True)
class NetworkClient:
    qualname: str
    timeout_keyword: str
    timeout_position: int | None  # positional index of the timeout, when it has one
    library: str


NETWORK_CLIENTS: dict[str, NetworkClient] = {
    client.qualname: client
    for client in (
        NetworkClient("socket.create_connection", "timeout", 1, "socket"),
        NetworkClient("smtplib.SMTP", "timeout", 3, "smtplib"),
        NetworkClient("smtplib.SMTP_SSL", "timeout", None, "smtplib"),
        NetworkClient("smtplib.LMTP", "timeout", 4, "smtplib"),
        NetworkClient("ftplib.FTP", "timeout", 4, "ftplib"),
        NetworkClient("ftplib.FTP_TLS", "timeout", None, "ftplib"),
        NetworkClient("telnetlib.Telnet", "timeout", 2, "telnetlib"),
        NetworkClient("imaplib.IMAP4", "timeout", 2, "imaplib"),
        NetworkClient("imaplib.IMAP4_SSL", "timeout", None, "imaplib"),
        NetworkClient("poplib.POP3", "timeout", 2, "poplib"),
        NetworkClient("poplib.POP3_SSL", "timeout", None, "poplib"),
        NetworkClient("nntplib.NNTP", "timeout", 6, "nntplib"),
        # redis-py: `socket_timeout=None` by default, so a stalled server blocks every command.
        NetworkClient("redis.Redis", "socket_timeout", None, "redis"),
        NetworkClient("redis.StrictRedis", "socket_timeout", None, "redis"),
        NetworkClient("redis.client.Redis", "socket_timeout", None, "redis"),
        NetworkClient("redis.client.StrictRedis", "socket_timeout", None, "redis"),
    )
}
# Decided: database drivers (`psycopg.connect`, `psycopg2.connect`) are not reported. libpq
# reads `connect_timeout` from the DSN and from the `PGCONNECT_TIMEOUT` environment variable,
# and statement timeouts belong to the server (`statement_timeout`), not to the client call.

SOCKET_CONSTRUCTORS = frozenset({"socket.socket", "socket.socketpair", "socket.fromfd"})
SOCKET_CONNECT_METHODS = frozenset({"connect", "connect_ex"})
# Methods that make a socket a server socket, or give it a timeout / non-blocking mode.
SOCKET_SERVER_METHODS = frozenset({"bind", "listen", "accept"})
SOCKET_TIMEOUT_METHODS = frozenset({"settimeout", "setblocking"})
SOCKET_DEFAULT_TIMEOUT = frozenset({"socket.setdefaulttimeout"})
# Sockets that cannot stall on connect: local IPC (`AF_UNIX`) and datagram sockets, whose
# `connect()` only records the peer address.
SOCKET_LOCAL_OR_DATAGRAM = frozenset(
    {
        "socket.AF_UNIX",
        "socket.SOCK_DGRAM",
        "socket.AddressFamily.AF_UNIX",
        "socket.SocketKind.SOCK_DGRAM",
    }
)

# -- REL114: retries --------------------------------------------------------------------------

SLEEP_FUNCTIONS = frozenset(
    {"time.sleep", "asyncio.sleep", "gevent.sleep", "trio.sleep", "anyio.sleep", "eventlet.sleep"}
)
# A retry with no delay at all is reported only when a handler catches one of these (by name
# fragment, lower case): a network or database dependency that is failing, not a parser or a
# race on a local resource.
TRANSIENT_NAME_PARTS = (
    "connection",
    "connect",
    "timeout",
    "requestexception",
    "httperror",
    "urlerror",
    "operational",
    "interfaceerror",
    "transport",
    "network",
    "unavailable",
    "throttl",
    "ratelimit",
    "toomanyrequests",
    "broker",
    "socket",
    "redis",
    "amqp",
    "brokenpipe",
)
# `errno` values that mean "restart the system call" or "the name is taken, try another":
# a handler that checks them is not retrying a failing dependency.
RESTART_ERRNOS = frozenset(
    {"errno.EINTR", "errno.EAGAIN", "errno.EWOULDBLOCK", "errno.EINPROGRESS", "errno.EEXIST"}
)
# Clocks: a `while time.monotonic() < deadline:` loop polls until a deadline.
CLOCK_FUNCTIONS = frozenset(
    {"time.time", "time.monotonic", "time.perf_counter", "loop.time", "datetime.datetime.now"}
)
# Methods whose name contains one of these pause like a sleep (`self._sleep(delay)`).
SLEEP_NAME_PARTS = ("sleep",)
# Calls that make a delay grow or vary (jitter) when they appear in the sleep argument.
JITTER_MODULES = ("random.", "secrets.", "numpy.random.", "backoff.", "tenacity.", "stamina.")
# Name fragments that say "this delay is computed by a backoff policy".
BACKOFF_NAME_PARTS = ("backoff", "jitter", "exponential", "expo", "interval_step")
# Exceptions that say "try another candidate", not "the dependency is flaky": a loop that
# catches only these is looking for a free name or parsing alternatives, not retrying.
NON_TRANSIENT_EXCEPTIONS = frozenset(
    {
        "FileExistsError",
        "FileNotFoundError",
        "IsADirectoryError",
        "NotADirectoryError",
        "KeyError",
        "IndexError",
        "ValueError",
        "TypeError",
        "AttributeError",
        "LookupError",
        "ImportError",
        "ModuleNotFoundError",
        "StopIteration",
        "StopAsyncIteration",
        "UnicodeDecodeError",
        "UnicodeEncodeError",
        "UnicodeError",
        "NameError",
        "NotImplementedError",
        "RecursionError",
        "AssertionError",
        "KeyboardInterrupt",
        "SystemExit",
        "GeneratorExit",
        "CancelledError",
        "BaseException",
        "IntegrityError",
        "JSONDecodeError",
        "ValidationError",
        "DoesNotExist",
        "ObjectDoesNotExist",
        "MultipleObjectsReturned",
        "PermissionError",
        "InterruptedError",
        "BlockingIOError",
        "Empty",
        "Full",
        # Django's session backends: the generated key was taken, try a new one
        "CreateError",
        "DuplicateKeyError",
        # non-blocking I/O readiness signals: the handler waits for the socket, not a failure
        "WantReadError",
        "WantWriteError",
        "WantX509LookupError",
        "SSLWantReadError",
        "SSLWantWriteError",
    }
)

# -- REL118: resources that must be closed ----------------------------------------------------

RESOURCE_FACTORIES: dict[str, str] = {
    "builtins.open": "file",
    "io.open": "file",
    "io.FileIO": "file",
    "codecs.open": "file",
    "gzip.open": "file",
    "gzip.GzipFile": "file",
    "bz2.open": "file",
    "bz2.BZ2File": "file",
    "lzma.open": "file",
    "lzma.LZMAFile": "file",
    "tempfile.NamedTemporaryFile": "temporary file",
    "tempfile.TemporaryFile": "temporary file",
    "tempfile.SpooledTemporaryFile": "temporary file",
    "zipfile.ZipFile": "zip archive",
    "tarfile.open": "tar archive",
    "tarfile.TarFile": "tar archive",
    "socket.socket": "socket",
    "socket.create_connection": "socket",
    "sqlite3.connect": "database connection",
    "psycopg.connect": "database connection",
    "psycopg.Connection.connect": "database connection",
    "psycopg2.connect": "database connection",
    "pymysql.connect": "database connection",
    "MySQLdb.connect": "database connection",
    "mysql.connector.connect": "database connection",
    "sqlalchemy.orm.Session": "SQLAlchemy session",
    "sqlalchemy.orm.session.Session": "SQLAlchemy session",
}
# `SessionLocal = sessionmaker(...)`; `SessionLocal()` is a session.
SESSION_MAKERS = frozenset(
    {
        "sqlalchemy.orm.sessionmaker",
        "sqlalchemy.orm.session.sessionmaker",
        "sqlalchemy.orm.scoped_session",
    }
)
# `engine = create_engine(...)`; `engine.connect()` / `engine.raw_connection()` are connections.
ENGINE_FACTORIES = frozenset(
    {"sqlalchemy.create_engine", "sqlalchemy.engine.create_engine", "sqlalchemy.create_mock_engine"}
)
ENGINE_CONNECT_METHODS = frozenset({"connect", "raw_connection"})
# Methods that release a resource.
CLOSE_METHODS = frozenset({"close", "__exit__", "shutdown", "detach", "release", "dispose"})
# Resource kinds whose leak exhausts a shared pool (reported at medium severity; files: low).
POOLED_KINDS = frozenset({"database connection", "SQLAlchemy session", "socket"})
# Functions that use a file object without taking ownership of it: passing the resource to them
# is not a hand-over, so it still has to be closed by the caller.
BORROWING_FUNCTIONS = frozenset(
    {
        "builtins.print",
        "builtins.len",
        "builtins.iter",
        "builtins.next",
        "builtins.enumerate",
        "builtins.zip",
        "builtins.list",
        "builtins.sorted",
        "builtins.isinstance",
        "builtins.getattr",
        "builtins.hasattr",
        "builtins.repr",
        "builtins.str",
        "json.dump",
        "json.load",
        "pickle.dump",
        "pickle.load",
        "marshal.dump",
        "marshal.load",
        "tomllib.load",
        "yaml.dump",
        "yaml.safe_dump",
        "yaml.load",
        "yaml.safe_load",
        "csv.reader",
        "csv.writer",
        "csv.DictReader",
        "csv.DictWriter",
        "shutil.copyfileobj",
        "os.fstat",
        "os.fsync",
        "hashlib.file_digest",
    }
)
# Factories that may wrap an already open file object instead of opening a path: given a file
# object (`fileobj=`, an open file, an in-memory buffer, `self`), they own no descriptor.
FILE_WRAPPERS = frozenset(
    {
        "zipfile.ZipFile",
        "tarfile.open",
        "tarfile.TarFile",
        "gzip.GzipFile",
        "gzip.open",
        "bz2.BZ2File",
        "bz2.open",
        "lzma.LZMAFile",
        "lzma.open",
    }
)
IN_MEMORY_FILES = frozenset({"io.BytesIO", "io.StringIO"})
