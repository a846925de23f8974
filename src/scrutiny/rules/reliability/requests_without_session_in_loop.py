"""# HTTP request without a session in a loop

## What it does
Finds module-level HTTP functions (`requests.get`, `requests.post`, ..., `httpx.get`, ...) called
inside a loop (`for`, `while`, or a comprehension), where each iteration opens a new connection.
Calls on a session or client object (`session.get(...)`) are not reported, nor loops that sleep
between iterations (polling: the idle connection would be dropped anyway), retry loops (a fresh
connection per attempt is what you want there) and failover loops that stop at the first success
(`for mirror in MIRRORS: try: return requests.get(mirror, ...)`). The iterable of a `for` loop,
evaluated once, is not in the loop.

## Why it matters
`requests.get()` creates a `Session`, sends one request and closes it: every call pays a DNS
lookup, a TCP handshake and, for HTTPS, a TLS handshake (one to three extra round trips, often
more time than the request itself). In a loop of a few hundred calls that is seconds of added
latency, a burst of short-lived sockets in `TIME_WAIT`, and extra load on the server. A
`requests.Session()` (or `httpx.Client()`) keeps connections alive and reuses them.

## Example
```python
import requests

def sync_prices(skus):
    prices = {}
    for sku in skus:
        response = requests.get(f"{PRICING_URL}/{sku}", timeout=5)
        prices[sku] = response.json()["price"]
    return prices
```

## Use instead
```python
import requests

def sync_prices(skus):
    prices = {}
    with requests.Session() as session:
        session.headers["Accept"] = "application/json"
        for sku in skus:
            response = session.get(f"{PRICING_URL}/{sku}", timeout=5)
            response.raise_for_status()
            prices[sku] = response.json()["price"]
    return prices
```

## Alternatives and trade-offs
- A session per call site, as above, is simplest. A long-lived session shared by a client class
  also reuses connections across requests, but `requests.Session` is not documented as
  thread-safe: give each thread its own (`threading.local`) or use `httpx.Client`, which is.
- `httpx.Client()` / `httpx.AsyncClient()` pool connections and support HTTP/2; with
  `AsyncClient` the loop can also run the requests concurrently (`asyncio.gather` with a
  semaphore).
- When the API offers a batch endpoint, one request for all items beats any connection reuse.

## Libraries
`requests` (`Session`), `httpx` (`Client`, `AsyncClient`), `urllib3` (`PoolManager`), `aiohttp`
(`ClientSession`).

## References
- https://requests.readthedocs.io/en/latest/user/advanced/#session-objects
- https://www.python-httpx.org/advanced/clients/#why-use-a-client
- https://cwe.mitre.org/data/definitions/400.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.http_clients import ONE_SHOT_REQUEST_FUNCTIONS
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel

from ._retry_loops import Loop, exits_on_success, retry_loop, sleeps_in

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.Module)
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def check(node: ast.Call, ctx: RuleContext) -> None:
    callee = ctx.semantic.qualified_name(node.func) or ""
    client = ONE_SHOT_REQUEST_FUNCTIONS.get(callee)
    if client is None:
        return
    loop = _enclosing_loop(node, ctx.semantic)
    if loop is None:
        return
    if isinstance(loop, ast.For | ast.AsyncFor | ast.While) and (
        sleeps_in(loop.body, ctx.semantic)
        or exits_on_success(loop)
        or retry_loop(loop, ctx.semantic) is not None
    ):
        return
    ctx.report(
        node,
        f"`{callee}()` in a loop opens a new connection (TCP and TLS handshakes) on every "
        f"iteration; a `{client}` reuses it",
        fix=f"create one `{client}` before the loop and call its methods",
    )


def _enclosing_loop(node: ast.AST, semantic: SemanticModel) -> Loop | ast.expr | None:
    """The innermost loop whose body (not its iterable) runs `node` repeatedly."""
    child: ast.AST = node
    inner: ast.AST = node  # the child of `child` on the path to `node`
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, _SCOPES):
            return None
        if isinstance(ancestor, ast.For | ast.AsyncFor | ast.While) and child in ancestor.body:
            return ancestor
        if isinstance(ancestor, _COMPREHENSIONS) and not _first_iterable(ancestor, child, inner):
            return ancestor
        inner, child = child, ancestor
    return None


def _first_iterable(comprehension: ast.expr, child: ast.AST, inner: ast.AST) -> bool:
    """The first generator's iterable of a comprehension is evaluated once, outside the loop."""
    generators: list[ast.comprehension] = getattr(comprehension, "generators", [])
    return bool(generators) and child is generators[0] and inner is generators[0].iter


RULE = Rule(
    code="REL119",
    name="requests-without-session-in-loop",
    severity=Severity.LOW,
    confidence=Confidence.HIGH,
    cwe=(400,),
    quiet_in=frozenset({"tests"}),
    doc=__doc__ or "",
    visits=(ast.Call,),
    check=check,
)
