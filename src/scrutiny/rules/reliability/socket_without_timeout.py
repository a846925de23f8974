"""# Socket or network client without a timeout

## What it does
Finds network connections that can block forever: a `socket.socket()` that is connected without
`settimeout(...)`, `socket.create_connection(address)` without a timeout, the standard library's
protocol clients (`smtplib.SMTP`, `SMTP_SSL`, `ftplib.FTP`, `telnetlib.Telnet`, `imaplib.IMAP4`,
`poplib.POP3`, `nntplib.NNTP`) created without `timeout=`, and `redis.Redis(...)` without
`socket_timeout=` (low severity). A module that calls `socket.setdefaulttimeout(...)` is quiet for
the standard library clients, which inherit that default. Server sockets (`bind`, `listen`) are
not reported: waiting for a client is their job; nor are Unix sockets (`AF_UNIX`, local IPC) and
datagram sockets (`SOCK_DGRAM`, whose `connect()` sends nothing).

Decided: database drivers (`psycopg.connect`, `psycopg2.connect`) are not reported: libpq takes
`connect_timeout` from the DSN or the `PGCONNECT_TIMEOUT` environment variable, which a static
check cannot see, and query time is bounded on the server with `statement_timeout`.

## Why it matters
A socket without a timeout waits as long as the kernel lets it: a `connect()` to a host that drops
packets takes minutes, and a `recv()` from a peer that stopped answering never returns. In a web
worker or a task queue, each stalled call pins a worker; enough of them and the service stops
answering, although the failure was in the mail server, the FTP drop or the cache.

## Example
```python
import smtplib
import socket

def send_receipt(message):
    with smtplib.SMTP("smtp.internal", 587) as smtp:
        smtp.starttls()
        smtp.send_message(message)

def ping_license_server(host):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.connect((host, 7070))
    sock.sendall(b"PING\\n")
    return sock.recv(64)
```

## Use instead
```python
import smtplib
import socket

SMTP_TIMEOUT = 10  # seconds, for the connection and for every command

def send_receipt(message):
    with smtplib.SMTP("smtp.internal", 587, timeout=SMTP_TIMEOUT) as smtp:
        smtp.starttls()
        smtp.send_message(message)

def ping_license_server(host):
    with socket.create_connection((host, 7070), timeout=3.0) as sock:
        sock.settimeout(5.0)  # for each recv/send after the connection
        sock.sendall(b"PING\\n")
        return sock.recv(64)
```

## Alternatives and trade-offs
- `timeout=` on the constructor (or `sock.settimeout`) bounds each blocking operation, not the
  whole exchange: a peer that trickles one byte per timeout keeps the call alive. For a hard
  deadline, run the exchange under `asyncio.timeout()` with asyncio streams.
- `socket.setdefaulttimeout()` applies to every socket created afterwards in the process,
  including those of libraries you did not write: convenient in a script, surprising in a server.
- redis-py: `socket_timeout` bounds each command and `socket_connect_timeout` the connection;
  add `retry_on_timeout=True` or a `Retry` object for transient failures. A `from_url` URL can
  carry `?socket_timeout=5`.
- Non-blocking sockets (`setblocking(False)` with `selectors`) need no timeout per call, but the
  event loop has to implement the deadlines itself.

## Libraries
`socket`, `smtplib`, `ftplib`, `imaplib`, `poplib` (standard library), `redis` (redis-py),
`asyncio` streams (`asyncio.open_connection` under `asyncio.timeout`).

## References
- https://docs.python.org/3/library/socket.html#socket-timeouts
- https://docs.python.org/3/library/smtplib.html#smtplib.SMTP
- https://redis.readthedocs.io/en/stable/connections.html
- https://cwe.mitre.org/data/definitions/400.html
- https://cwe.mitre.org/data/definitions/1088.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.resources import (
    NETWORK_CLIENTS,
    SOCKET_CONNECT_METHODS,
    SOCKET_CONSTRUCTORS,
    SOCKET_DEFAULT_TIMEOUT,
    SOCKET_LOCAL_OR_DATAGRAM,
    SOCKET_SERVER_METHODS,
    SOCKET_TIMEOUT_METHODS,
    NetworkClient,
)
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel


def check(node: ast.Call, ctx: RuleContext) -> None:
    callee = ctx.semantic.qualified_name(node.func) or ""
    client = NETWORK_CLIENTS.get(callee)
    if client is not None:
        _check_client(node, ctx, client)
    elif callee in SOCKET_CONSTRUCTORS and not _module_default_timeout(ctx):
        _check_socket(node, ctx, callee)


def _check_client(node: ast.Call, ctx: RuleContext, client: NetworkClient) -> None:
    if client.library != "redis" and _module_default_timeout(ctx):
        return
    if any(isinstance(a, ast.Starred) for a in node.args):
        return
    for keyword in node.keywords:
        if keyword.arg is None:
            return  # `**options` may carry it
        if keyword.arg == client.timeout_keyword:
            if ctx.semantic.literal_value(keyword.value) is None:
                _report(node, ctx, client, f"with `{client.timeout_keyword}=None`")
            return
    if client.timeout_position is not None and len(node.args) > client.timeout_position:
        return
    _report(node, ctx, client, f"without `{client.timeout_keyword}=`")


def _report(node: ast.Call, ctx: RuleContext, client: NetworkClient, how: str) -> None:
    redis = client.library == "redis"
    ctx.report(
        node,
        f"`{client.qualname}()` {how}: a stalled server blocks "
        + ("every command" if redis else "the connection and every read")
        + " forever",
        fix=f"pass `{client.timeout_keyword}=10` (seconds) and handle the timeout error",
        severity=Severity.LOW if redis else None,
    )


def _module_default_timeout(ctx: RuleContext) -> bool:
    """`socket.setdefaulttimeout(<not None>)` somewhere in the module."""

    def compute(_: object) -> bool:
        semantic = ctx.semantic
        return any(
            semantic.qualified_name(call.func) in SOCKET_DEFAULT_TIMEOUT
            and bool(call.args)
            and semantic.literal_value(call.args[0]) is not None
            for calls in semantic.calls.values()
            for call in calls
        )

    return ctx.file.shared("rel113.default_timeout", compute)


def _check_socket(node: ast.Call, ctx: RuleContext, callee: str) -> None:
    """A socket that this code connects without giving it a timeout."""
    arguments = [*node.args, *(k.value for k in node.keywords)]
    if any(ctx.semantic.qualified_name(a) in SOCKET_LOCAL_OR_DATAGRAM for a in arguments):
        return  # a Unix socket (local IPC) or a datagram socket: connect cannot stall
    holder = _holder(node, ctx.semantic)
    if holder is None:
        return
    text, region = holder
    methods = _methods_called(region, text, ctx.semantic)
    if methods & SOCKET_SERVER_METHODS or methods & SOCKET_TIMEOUT_METHODS:
        return
    if methods & SOCKET_CONNECT_METHODS:
        ctx.report(
            node,
            f"`{callee}()` is connected without `settimeout(...)`: connect and recv can block "
            "forever if the peer stalls",
            fix="use `socket.create_connection(addr, timeout=5.0)` or call `sock.settimeout(5.0)`",
        )


def _holder(node: ast.Call, semantic: SemanticModel) -> tuple[str, ast.AST] | None:
    """The expression text that holds the new socket, and the region where it is used."""
    parent = semantic.parent(node)
    target: ast.expr | None = None
    if isinstance(parent, ast.Assign) and len(parent.targets) == 1:
        target = parent.targets[0]
    elif isinstance(parent, ast.AnnAssign | ast.NamedExpr):
        target = parent.target
    elif isinstance(parent, ast.withitem):
        target = parent.optional_vars
    if isinstance(target, ast.Name):
        return target.id, semantic.scope_of.get(node, semantic.tree)
    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
        klass = next((a for a in semantic.ancestors(node) if isinstance(a, ast.ClassDef)), None)
        return ast.unparse(target), klass or semantic.scope_of.get(node, semantic.tree)
    return None


def _methods_called(region: ast.AST, text: str, semantic: SemanticModel) -> set[str]:
    """Names of the methods called on `text` in `region` (`settimeout(None)` does not count)."""
    found: set[str] = set()
    for node in ast.walk(region):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and ast.unparse(node.func.value) == text
        ):
            if node.func.attr == "settimeout" and (
                not node.args or semantic.literal_value(node.args[0]) is None
            ):
                continue
            found.add(node.func.attr)
    return found


RULE = Rule(
    code="REL113",
    name="socket-without-timeout",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    cwe=(400, 1088),
    owasp=("A05:2021",),
    quiet_in=frozenset({"tests"}),
    doc=__doc__ or "",
    visits=(ast.Call,),
    check=check,
)
