"""# HTTP request without a timeout

## What it does
Finds outgoing HTTP calls that can wait forever: `requests` functions and `requests.Session`
methods called without `timeout=`, `urllib.request.urlopen` and `http.client` connections without
a timeout, `urllib3` requests (`urllib3.request()`, or a `PoolManager`/connection pool created
without `timeout=`), and any client (including `httpx` and `aiohttp`, which have defaults) given
`timeout=None` or a timeout object that bounds nothing (`aiohttp.ClientTimeout()`,
`httpx.Timeout(None)`). Names are resolved through imports, so `from requests import get as fetch;
fetch(url)` is found, and sessions are followed from where they are created (a local variable, a
`with` block, or an attribute set on `self` in another method).

It stays quiet when the timeout is there but not at the call: `urllib` and `http.client` calls
in a module that calls `socket.setdefaulttimeout(...)`, `**options` where `options` is a
dict literal with a `"timeout"` key (or a dict it cannot see), a pool or client constructed with
`timeout=`, `session.request = functools.partial(session.request, timeout=10)`, and a session on
which an adapter subclass is mounted (`session.mount("https://", TimeoutHTTPAdapter(...))`: the
usual way to give a `requests` session a default timeout).

Decisions: `aiohttp.ClientSession()` without `timeout=` is not reported, because aiohttp's default
is `ClientTimeout(total=300)`: five minutes is long for a web request, but it is a bound. boto3 and
botocore clients are not reported either: botocore defaults to 60 s connect and 60 s read timeouts
with retries, so `boto3.client("s3")` without `config=Config(...)` cannot hang forever.

## Why it matters
`requests` has no default timeout. When the remote service stalls (a full accept queue, a dropped
packet, a load balancer that never answers) the call blocks its worker thread indefinitely. A few
such calls exhaust a gunicorn or uWSGI worker pool and the whole site stops answering, while the
remote service, not yours, was the one that failed. Timeouts turn an outage of a dependency into an
error you can handle.

## Example
```python
import requests

def charge(order):
    response = requests.post(GATEWAY_URL, json=order.payload())
    return response.json()
```

## Use instead
```python
import requests

CONNECT_TIMEOUT, READ_TIMEOUT = 3.05, 20

def charge(order):
    response = requests.post(
        GATEWAY_URL, json=order.payload(), timeout=(CONNECT_TIMEOUT, READ_TIMEOUT)
    )
    response.raise_for_status()
    return response.json()
```

## Alternatives and trade-offs
- A `(connect, read)` tuple bounds each phase; a single number bounds both. Neither bounds the
  *total* time of a slow trickling response: for a hard deadline use `httpx` with
  `httpx.Timeout(10.0, connect=3.0)` or run the call under a deadline of your own.
- A session subclass (or an adapter mounted on the session) that injects a default timeout
  removes the repetition, but readers can no longer see the timeout at the call site. Scrutiny
  sees a mounted adapter subclass and a `functools.partial` default on the same session; for a
  session subclass defined elsewhere, suppress with
  `# scrutiny: ignore[REL101] -- session sets a default timeout`.
- aiohttp: its 5 minute default is a bound, but rarely the one you want in a request handler; pass
  `timeout=aiohttp.ClientTimeout(total=30, connect=5)` to the `ClientSession`. boto3: tighten
  botocore's 60 s defaults with `config=botocore.config.Config(connect_timeout=5, read_timeout=30,
  retries={"max_attempts": 3, "mode": "standard"})` for latency-sensitive paths.
- urllib3: `urllib3.PoolManager(timeout=urllib3.Timeout(connect=2.0, read=10.0))` bounds every
  request of the pool.
- Pair timeouts with bounded retries (`urllib3.util.Retry` with backoff) and a circuit breaker for
  dependencies that fail often.

## Libraries
`httpx` (timeouts on by default, sync and async), `requests` with `timeout=`, `aiohttp`
(`ClientTimeout`), `urllib3` (`Timeout`, `Retry`), `botocore.config.Config`, `tenacity` for
retries with backoff, `pybreaker` for circuit breaking.

## References
- https://requests.readthedocs.io/en/latest/user/advanced/#timeouts
- https://www.python-httpx.org/advanced/timeouts/
- https://docs.aiohttp.org/en/stable/client_quickstart.html#timeouts
- https://urllib3.readthedocs.io/en/stable/user-guide.html#using-timeouts
- https://botocore.amazonaws.com/v1/documentation/api/latest/reference/config.html
- https://cwe.mitre.org/data/definitions/400.html
- https://cwe.mitre.org/data/definitions/1088.html
"""

from __future__ import annotations

import ast

from scrutiny.context import FileContext, RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.http_clients import (
    BOUNDED_SESSION_LIBRARIES,
    DEFAULT_TIMEOUT_LIBRARIES,
    DEFAULT_TIMEOUT_SETTERS,
    HTTP_CALLS,
    LIBRARY_SESSION_METHODS,
    PARTIAL_FUNCTIONS,
    PLAIN_ADAPTERS,
    SESSION_FACTORIES,
    SESSION_METHODS,
    SESSION_MOUNT_METHOD,
    TIMEOUT_OBJECTS,
)
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel

FIX = "pass `timeout=(3.05, 27)` (connect, read seconds) and handle `requests.Timeout`"
_MISSING = object()
_MUTATORS = frozenset({"update", "setdefault", "__setitem__"})
# every method that sends a request on some session: any other call needs no session lookup
_ANY_SESSION_METHOD = SESSION_METHODS.union(*LIBRARY_SESSION_METHODS.values())


# the packages of every call and session this rule knows: a name resolves into one of them only
# through an import of it, or inside the package itself
_CLIENT_PACKAGES = frozenset(name.split(".", 1)[0] for name in (*HTTP_CALLS, *SESSION_FACTORIES))


def check(node: ast.Call, ctx: RuleContext) -> None:
    if not ctx.file.shared("rel101.may_request", _may_request):
        return
    semantic = ctx.semantic
    callee = semantic.qualified_name(node.func) or ""
    call = HTTP_CALLS.get(callee)
    if call is not None and call.library in DEFAULT_TIMEOUT_LIBRARIES and _default_set(ctx):
        return  # the standard library uses `socket.setdefaulttimeout(...)` set in this module
    if call is not None:
        what = f"`{callee}()`"
        _check_timeout(node, ctx, what, call.unbounded_by_default, call.timeout_position)
        return
    if SESSION_FACTORIES.get(callee) == "aiohttp":
        _check_timeout_object(node, ctx, f"`{callee}()`")
        return
    if not isinstance(node.func, ast.Attribute) or node.func.attr not in _ANY_SESSION_METHOD:
        return
    origin = _session_origin(node.func.value, semantic)
    if origin is None:
        return
    library, constructors = origin
    if node.func.attr not in LIBRARY_SESSION_METHODS.get(library, SESSION_METHODS):
        return
    what = f"`{_text(node.func)}()` (a `{library}` session)"
    unbounded = (
        library not in BOUNDED_SESSION_LIBRARIES
        and not any(_has_bounded_timeout(c, semantic) for c in constructors)
        and not _default_timeout_installed(node.func.value, semantic)
    )
    _check_timeout(node, ctx, what, unbounded, None)


def _may_request(file: FileContext) -> bool:
    semantic = file.semantic
    if semantic.module.split(".", 1)[0] in _CLIENT_PACKAGES:
        return True
    return semantic.imports_from(_CLIENT_PACKAGES)


def _default_set(ctx: RuleContext) -> bool:
    """`socket.setdefaulttimeout(<not None>)` somewhere in the module."""

    def compute(_: object) -> bool:
        semantic = ctx.semantic
        return any(
            semantic.qualified_name(call.func) in DEFAULT_TIMEOUT_SETTERS
            and bool(call.args)
            and semantic.literal_value(call.args[0]) is not None
            for calls in semantic.calls.values()
            for call in calls
        )

    return ctx.file.shared("rel101.default_timeout", compute)


def _check_timeout(
    node: ast.Call, ctx: RuleContext, what: str, unbounded: bool, position: int | None
) -> None:
    timeout = _timeout_argument(node, ctx.semantic)
    if timeout is None:
        return  # unknown: `**options` or `*args` may carry it
    if isinstance(timeout, ast.expr):
        if _is_unbounded_timeout(timeout, ctx.semantic):
            ctx.report(
                node, f"{what} with `timeout=None` waits forever if the server stalls", fix=FIX
            )
        return
    if position is not None and len(node.args) > position:
        return
    if unbounded:
        ctx.report(
            node,
            f"{what} has no timeout: a stalled server blocks the calling thread forever",
            fix=FIX,
        )


def _check_timeout_object(node: ast.Call, ctx: RuleContext, what: str) -> None:
    """`aiohttp.ClientSession(timeout=ClientTimeout())`: a timeout object that bounds nothing."""
    timeout = _timeout_argument(node, ctx.semantic)
    if isinstance(timeout, ast.Call) and _is_unbounded_timeout(timeout, ctx.semantic):
        ctx.report(
            node,
            f"{what} with a timeout object that sets no bound waits forever if the server stalls",
            fix="pass `timeout=aiohttp.ClientTimeout(total=30, connect=5)`",
        )


def _timeout_argument(node: ast.Call, semantic: SemanticModel) -> ast.expr | object | None:
    """The `timeout=` expression; `_MISSING` when surely absent; None when it cannot be known."""
    if any(isinstance(arg, ast.Starred) for arg in node.args):
        return None
    found: ast.expr | object = _MISSING
    for keyword in node.keywords:
        if keyword.arg == "timeout":
            return keyword.value
        if keyword.arg is None:
            unpacked = _unpacked_timeout(keyword.value, semantic)
            if unpacked is None:
                return None
            if unpacked is not _MISSING:
                found = unpacked
    return found


def _unpacked_timeout(value: ast.expr, semantic: SemanticModel) -> ast.expr | object | None:
    """The `timeout` key of `**options` when `options` is a dict literal built in this scope."""
    if isinstance(value, ast.Dict):
        return _dict_timeout(value)
    if not isinstance(value, ast.Name):
        return None
    values = semantic.assigned_values(value)
    if not values or len(values) != 1 or not isinstance(values[0], ast.Dict):
        return None
    if _mutated(value, semantic):
        return None
    return _dict_timeout(values[0])


def _dict_timeout(literal: ast.Dict) -> ast.expr | object | None:
    for key, item in zip(literal.keys, literal.values, strict=True):
        if key is None:
            return None  # `{**defaults}`: unknown
        if isinstance(key, ast.Constant) and key.value == "timeout":
            return item
    return _MISSING


def _mutated(name: ast.Name, semantic: SemanticModel) -> bool:
    """`options["timeout"] = ...` or `options.update(...)` anywhere in the name's scope."""
    scope = semantic.scope_of.get(name, semantic.tree)
    for node in ast.walk(scope):
        target: ast.expr | None = None
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store):
            target = node.value
        if isinstance(node, ast.Attribute) and node.attr in _MUTATORS:
            target = node.value
        if isinstance(target, ast.Name) and target.id == name.id:
            return True
    return False


def _is_unbounded_timeout(value: ast.expr, semantic: SemanticModel) -> bool:
    """`None` (a literal or a constant), or a timeout object with no bound set."""
    if not isinstance(value, ast.Call):
        return semantic.literal_value(value) is None
    fields = TIMEOUT_OBJECTS.get(semantic.qualified_name(value.func) or "")
    if fields is None:
        return False
    if any(isinstance(a, ast.Starred) for a in value.args):
        return False
    given = [*value.args[: len(fields)], *(k.value for k in value.keywords if k.arg in fields)]
    if any(k.arg is None for k in value.keywords):
        return False
    return all(semantic.literal_value(v) is None for v in given)


def _has_bounded_timeout(constructor: ast.Call, semantic: SemanticModel) -> bool:
    """`urllib3.PoolManager(timeout=5.0)`: a pool whose requests default to a timeout."""
    timeout = _timeout_argument(constructor, semantic)
    if timeout is None:
        return True  # unknown: give it the benefit of the doubt
    return isinstance(timeout, ast.expr) and not _is_unbounded_timeout(timeout, semantic)


def _default_timeout_installed(receiver: ast.expr, semantic: SemanticModel) -> bool:
    """`session.request = functools.partial(session.request, timeout=10)`, or
    `session.mount("https://", TimeoutHTTPAdapter(...))` for the same receiver in this file."""
    text = ast.unparse(receiver)
    for node in ast.walk(_owner(receiver, semantic)):
        if isinstance(node, ast.Assign):
            if _partial_with_timeout(node, text, semantic):
                return True
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == SESSION_MOUNT_METHOD
            and ast.unparse(node.func.value) == text
            and len(node.args) == 2
            and _custom_adapter(node.args[1], semantic)
        ):
            return True
    return False


def _owner(receiver: ast.expr, semantic: SemanticModel) -> ast.AST:
    """Where a session held by `receiver` lives: the class for `self.x`, else the name's scope."""
    if isinstance(receiver, ast.Attribute):
        klass = next((a for a in semantic.ancestors(receiver) if isinstance(a, ast.ClassDef)), None)
        if klass is not None:
            return klass
    if isinstance(receiver, ast.Name):
        for scope in (semantic.scope_of.get(receiver), *semantic.ancestors(receiver)):
            if scope in semantic.bindings and receiver.id in semantic.bindings[scope]:
                return scope
    return semantic.scope_of.get(receiver, semantic.tree)


def _partial_with_timeout(node: ast.Assign, text: str, semantic: SemanticModel) -> bool:
    value = node.value
    return (
        isinstance(value, ast.Call)
        and semantic.qualified_name(value.func) in PARTIAL_FUNCTIONS
        and any(k.arg == "timeout" for k in value.keywords)
        and any(isinstance(t, ast.Attribute) and ast.unparse(t.value) == text for t in node.targets)
    )


def _custom_adapter(adapter: ast.expr, semantic: SemanticModel) -> bool:
    """An adapter other than a plain `HTTPAdapter` (a subclass may inject a default timeout)."""
    if isinstance(adapter, ast.Name):
        values = semantic.assigned_values(adapter) or []
        return any(v is None or _custom_adapter(v, semantic) for v in values) if values else True
    if not isinstance(adapter, ast.Call):
        return True
    return semantic.qualified_name(adapter.func) not in PLAIN_ADAPTERS


def _text(expr: ast.expr) -> str:
    text = ast.unparse(expr)
    return text if len(text) <= 40 else f"...{text[-37:]}"


def _session_origin(
    receiver: ast.expr, semantic: SemanticModel
) -> tuple[str, list[ast.Call]] | None:
    """The session library and its constructor calls when `receiver` is a session created in
    this file, else None."""
    if isinstance(receiver, ast.Call):
        library = SESSION_FACTORIES.get(semantic.qualified_name(receiver.func) or "")
        return None if library is None else (library, [receiver])
    if isinstance(receiver, ast.Name):
        return _only_factory(semantic, semantic.assigned_values(receiver) or [None])
    if (
        isinstance(receiver, ast.Attribute)
        and isinstance(receiver.value, ast.Name)
        and receiver.value.id == "self"
    ):
        klass = next((a for a in semantic.ancestors(receiver) if isinstance(a, ast.ClassDef)), None)
        if klass is not None:
            values = semantic.attribute_values.get((klass, receiver.attr))
            return _only_factory(semantic, list(values)) if values else None
    return None


def _only_factory(
    semantic: SemanticModel, values: list[ast.expr | None]
) -> tuple[str, list[ast.Call]] | None:
    """The session library when every value is a call to the same session constructor."""
    calls = [v for v in values if isinstance(v, ast.Call)]
    if len(calls) != len(values):
        return None
    factories = {SESSION_FACTORIES.get(semantic.qualified_name(v.func) or "") for v in calls}
    library = factories.pop() if len(factories) == 1 else None
    return None if library is None else (library, calls)


RULE = Rule(
    code="REL101",
    name="http-request-without-timeout",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(400, 1088),
    owasp=("A05:2021",),
    doc=__doc__ or "",
    visits=(ast.Call,),
    check=check,
)
