"""# Development server exposed on every network interface

## What it does
Finds development servers started in code and bound to every interface (`0.0.0.0`, `::`):
- `uvicorn.run(app, host="0.0.0.0", reload=True)` (or `debug=True`);
- `werkzeug.serving.run_simple("0.0.0.0", 5000, app, use_debugger=True)`: the interactive debugger,
  reported as critical;
- Django's `call_command("runserver", "0.0.0.0:8000")` and
  `execute_from_command_line(["manage.py", "runserver", "0.0.0.0:8000"])`.

Hosts and switches are resolved through module constants and imports. Flask's `app.run(debug=True)`
is SEC302's job and is not repeated here. Test files and development modules (`dev_server.py`,
`run_local.py`) are quiet; a call under `if __name__ == "__main__":` is still reported (that guard
is exactly how such scripts end up run on servers), with medium confidence.

## Why it matters
Development servers trade safety for convenience: Werkzeug's debugger executes Python typed into
an error page, Django's `runserver` is single-process, unaudited and serves static files and
debug pages, and uvicorn's reloader watches and re-imports code. Bound to `0.0.0.0`, they are
reachable from the whole network (the office, the cloud VPC, or the internet when the port is
published), so a forgotten development command becomes an entry point: remote code execution with
the debugger, information disclosure and denial of service otherwise.

## Example
```python
import uvicorn

if __name__ == "__main__":
    uvicorn.run("shop.api:app", host="0.0.0.0", port=8000, reload=True)
```

## Use instead
```python
import os

import uvicorn

if __name__ == "__main__":
    # Local development only: loopback, reload on.
    uvicorn.run("shop.api:app", host="127.0.0.1", port=8000, reload=True)
```
and in production run a process manager without reload:
`gunicorn shop.api:app -k uvicorn.workers.UvicornWorker --bind 0.0.0.0:8000 --workers 4`
(or `uvicorn shop.api:app --host 0.0.0.0 --workers 4` without `--reload`); for Django,
`gunicorn shop.wsgi` behind a reverse proxy.

## Alternatives and trade-offs
- Inside a container the server must listen on `0.0.0.0` to be reachable: keep reload and debug
  off in the image and turn them on only from a `docker-compose.override.yml` for local work.
- `uvicorn --reload` from the command line (a `Makefile` target or `justfile`) keeps the switch
  out of the code entirely.
- When you need remote debugging, use `debugpy` bound to localhost over an SSH tunnel instead of a
  network-facing debugger.

## Libraries
`gunicorn`, `uvicorn` (workers), `hypercorn`, `waitress`, `debugpy`.

## References
- https://www.uvicorn.org/deployment/
- https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver
- https://werkzeug.palletsprojects.com/en/stable/debug/
- https://cwe.mitre.org/data/definitions/489.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.deployment import (
    DEV_SERVERS,
    DJANGO_ARGV_CALLS,
    DJANGO_COMMAND_CALLS,
    DJANGO_DEV_SERVER_COMMANDS,
    PUBLIC_ADDRESSES,
    DevServer,
)
from scrutiny.frameworks.settings import settings_kind
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel

FIX = "bind development servers to 127.0.0.1; serve production with gunicorn/uvicorn workers"


def check(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    if settings_kind(semantic.module) == "development":
        return
    callee = semantic.qualified_name(node.func) or ""
    server = DEV_SERVERS.get(callee)
    if server is not None:
        _check_server(node, server, ctx)
    elif callee in DJANGO_COMMAND_CALLS:
        _check_runserver([*node.args], node, ctx)
    elif callee in DJANGO_ARGV_CALLS and node.args:
        argv = semantic.literal_value(node.args[0])
        if isinstance(argv, list | tuple):
            _check_runserver_literals([a for a in argv if isinstance(a, str)], node, ctx)


def _argument(node: ast.Call, keyword: str, position: int | None) -> ast.expr | None:
    for kw in node.keywords:
        if kw.arg == keyword:
            return kw.value
    if position is not None and len(node.args) > position:
        return node.args[position]
    return None


def _check_server(node: ast.Call, server: DevServer, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    host = _argument(node, server.host_keyword, server.host_position)
    if host is None or semantic.literal_value(host) not in PUBLIC_ADDRESSES:
        return
    switches = [
        keyword
        for keyword, position in server.switches
        if (value := _argument(node, keyword, position)) is not None
        and semantic.literal_value(value) is True
    ]
    if not switches:
        return
    on = ", ".join(f"{s}=True" for s in switches)
    what = (
        "an interactive debugger that runs code for whoever reaches it"
        if server.debugger
        else "a development server (reloader, debug output)"
    )
    ctx.report(
        node,
        f"`{server.qualname}` binds {what} to every network interface ({on})",
        fix=FIX,
        severity=Severity.CRITICAL if server.debugger else None,
        confidence=Confidence.MEDIUM if _under_main_guard(node, semantic) else None,
    )


def _check_runserver(args: list[ast.expr], node: ast.Call, ctx: RuleContext) -> None:
    values = [ctx.semantic.literal_value(a) for a in args]
    _check_runserver_literals([v for v in values if isinstance(v, str)], node, ctx)


def _check_runserver_literals(args: list[str], node: ast.Call, ctx: RuleContext) -> None:
    commands = [i for i, a in enumerate(args) if a in DJANGO_DEV_SERVER_COMMANDS]
    if not commands:
        return
    rest = [a for a in args[commands[0] + 1 :] if not a.startswith("-")]
    if not rest or _host_of(rest[0]) not in PUBLIC_ADDRESSES:
        return
    ctx.report(
        node,
        f"Django's development server (`{args[commands[0]]} {rest[0]}`) is bound to every "
        "network interface: it is not built to face a network",
        fix=FIX,
        confidence=Confidence.MEDIUM if _under_main_guard(node, ctx.semantic) else None,
    )


def _host_of(addrport: str) -> str:
    """`0.0.0.0:8000` -> `0.0.0.0`; `[::]:8000` -> `[::]`; `8000` -> `8000` (a port only)."""
    if addrport.startswith("["):
        return addrport.split("]", 1)[0] + "]"
    return addrport.rsplit(":", 1)[0] if ":" in addrport else addrport


def _under_main_guard(node: ast.AST, semantic: SemanticModel) -> bool:
    return any(
        isinstance(a, ast.If) and "__main__" in ast.unparse(a.test)
        for a in semantic.ancestors(node)
    )


RULE = Rule(
    code="SEC308",
    name="debug-server-exposed",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(489,),
    owasp=("A05:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call,),
    check=check,
)
