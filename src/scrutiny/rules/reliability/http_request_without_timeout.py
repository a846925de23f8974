"""# HTTP request without a timeout

## What it does
Finds outgoing HTTP calls that can wait forever: `requests` functions and `requests.Session`
methods called without `timeout=`, `urllib.request.urlopen` and `http.client` connections without
a timeout, and any client (including `httpx`, whose default is 5 seconds) given `timeout=None`.
Names are resolved through imports, so `from requests import get as fetch; fetch(url)` is found,
and sessions are followed from where they are created (a local variable, a `with` block, or an
attribute set on `self` in another method).

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
- A session subclass (or an adapter) that injects a default timeout removes the repetition, but
  readers can no longer see the timeout at the call site; Scrutiny cannot see it either, so
  suppress with `# scrutiny: ignore[REL101] -- session sets a default timeout`.
- Pair timeouts with bounded retries (`urllib3.util.Retry` with backoff) and a circuit breaker for
  dependencies that fail often.

## Libraries
`httpx` (timeouts on by default, sync and async), `requests` with `timeout=`, `urllib3.Retry`,
`tenacity` for retries with backoff, `pybreaker` for circuit breaking.

## References
- https://requests.readthedocs.io/en/latest/user/advanced/#timeouts
- https://www.python-httpx.org/advanced/timeouts/
- https://cwe.mitre.org/data/definitions/400.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.http_clients import (
    BOUNDED_SESSION_LIBRARIES,
    HTTP_CALLS,
    SESSION_FACTORIES,
    SESSION_METHODS,
)
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel

FIX = "pass `timeout=(3.05, 27)` (connect, read seconds) and handle `requests.Timeout`"


def check(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    callee = semantic.qualified_name(node.func)
    call = HTTP_CALLS.get(callee or "")
    if call is not None:
        what = f"`{callee}()`"
        _check_timeout(node, ctx, what, call.unbounded_by_default, call.timeout_position)
        return
    if isinstance(node.func, ast.Attribute) and node.func.attr in SESSION_METHODS:
        factory = _session_factory(node.func.value, semantic)
        if factory is not None:
            what = f"`{_text(node.func)}()` (a `{factory}` session)"
            unbounded = factory not in BOUNDED_SESSION_LIBRARIES
            _check_timeout(node, ctx, what, unbounded, None)


def _check_timeout(
    node: ast.Call, ctx: RuleContext, what: str, unbounded: bool, position: int | None
) -> None:
    for keyword in node.keywords:
        if keyword.arg is None:
            return  # `**kwargs` may carry the timeout
        if keyword.arg == "timeout":
            if ctx.semantic.literal_value(keyword.value) is None:  # follows module constants
                ctx.report(
                    node,
                    f"{what} with `timeout=None` waits forever if the server stalls",
                    fix=FIX,
                )
            return
    if position is not None and len(node.args) > position:
        return
    if any(isinstance(arg, ast.Starred) for arg in node.args):
        return
    if unbounded:
        ctx.report(
            node,
            f"{what} has no timeout: a stalled server blocks the calling thread forever",
            fix=FIX,
        )


def _text(expr: ast.expr) -> str:
    text = ast.unparse(expr)
    return text if len(text) <= 40 else f"...{text[-37:]}"


def _session_factory(receiver: ast.expr, semantic: SemanticModel) -> str | None:
    """The session library when `receiver` is a session created in this file, else None."""
    if isinstance(receiver, ast.Call):
        return SESSION_FACTORIES.get(semantic.qualified_name(receiver.func) or "")
    if isinstance(receiver, ast.Name):
        return _only_factory(semantic, semantic.assigned_values(receiver) or [None])
    if (
        isinstance(receiver, ast.Attribute)
        and isinstance(receiver.value, ast.Name)
        and receiver.value.id == "self"
    ):
        klass = next((a for a in semantic.ancestors(receiver) if isinstance(a, ast.ClassDef)), None)
        if klass is not None:
            return _self_attribute_session(semantic, klass, receiver.attr)
    return None


def _only_factory(semantic: SemanticModel, values: list[ast.expr | None]) -> str | None:
    """The session library when every value is a call to the same session constructor."""
    factories = {
        SESSION_FACTORIES.get(semantic.qualified_name(v.func) or "")
        if isinstance(v, ast.Call)
        else None
        for v in values
    }
    return factories.pop() if len(factories) == 1 else None


def _self_attribute_session(semantic: SemanticModel, klass: ast.ClassDef, attr: str) -> str | None:
    """The session library when every `self.<attr> = ...` in the class assigns a session."""
    values = semantic.attribute_values.get((klass, attr))
    return _only_factory(semantic, list(values)) if values else None


RULE = Rule(
    code="REL101",
    name="http-request-without-timeout",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(400,),
    owasp=("A05:2021",),
    doc=__doc__ or "",
    visits=(ast.Call,),
    check=check,
)
