"""# Broad `except` around a long `try` body

## What it does
Finds a `try` statement whose body is long and calls many different things, guarded by a broad
handler (`except Exception`, `except BaseException` or a bare `except:`) that does not re-raise.
The heuristic, deliberately conservative:
- the body has at least 10 statements, counted recursively (nested functions and classes excluded);
- it calls at least 5 distinct functions or methods;
- the `try` is not the whole body of its function or loop (a deliberate catch-all at the boundary
  of a request, task or worker loop is left alone), nor at module level;
- a handler catching `Exception`/`BaseException` exists, contains no `raise` and does not pass the
  error on (it does not use the exception object, `logger.exception`, `exc_info` or
  `traceback.format_exc()`): it answers with a fixed value or message.
Reported with low confidence; quiet in tests.

## Why it matters
The handler was written for one failure (the payment gateway is down) but catches every failure of
every statement in the body: a `KeyError` in a serializer, a typo in an attribute, a database
error. It then applies the wrong recovery and the wrong message ("payment failed, try again") to
errors that have nothing to do with it, and bugs look like transient outages. The longer the body,
the more unrelated errors the handler misattributes.

## Example
```python
def checkout(request, cart_id):
    try:
        cart = Cart.objects.get(pk=cart_id, user=request.user)
        order = Order.objects.create(user=request.user, total=cart.total())
        for line in cart.lines.all():
            order.lines.create(product=line.product, quantity=line.quantity)
        charge = gateway.charge(order.total, token=request.POST["token"])
        order.charge_id = charge.id
        order.save()
        cart.delete()
        send_receipt(order)
        analytics.track("checkout", order.pk)
        response = redirect("order-detail", order.pk)
    except Exception:
        return render(request, "checkout_failed.html", {"reason": "payment declined"})
    return response
```

## Use instead
```python
import logging

logger = logging.getLogger(__name__)


def checkout(request, cart_id):
    cart = get_object_or_404(Cart, pk=cart_id, user=request.user)
    order = create_order(request.user, cart)
    try:
        charge = gateway.charge(order.total, token=request.POST["token"])
    except gateway.CardDeclined:
        return render(request, "checkout_failed.html", {"reason": "payment declined"})
    except gateway.GatewayError:
        logger.exception("payment gateway failed for order %s", order.pk)
        return render(request, "checkout_failed.html", {"reason": "try again later"})
    complete_order(order, charge)
    return redirect("order-detail", order.pk)
```

## Alternatives and trade-offs
- Shrink the `try` to the one call that can raise the handled error, and move the rest before
  it or into `else:`: the most precise option, at the cost of a few more lines.
- Keep a broad catch-all only at a boundary (the view, the task, the worker loop) and log it with
  `logger.exception`: it contains failures without pretending to know what they were.
- Narrow the exception classes instead of (or as well as) the body when the body must stay long.

## Libraries
Standard library; Pylint's `too-many-try-statements` (an optional extension) and Ruff's `BLE001`
are related checks.

## References
- https://docs.python.org/3/tutorial/errors.html#handling-exceptions
- https://cwe.mitre.org/data/definitions/396.html
- https://cwe.mitre.org/data/definitions/755.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.exceptions import (
    BROAD_EXCEPTIONS,
    BROAD_TRY_MIN_DISTINCT_CALLS,
    BROAD_TRY_MIN_STATEMENTS,
)
from scrutiny.rule import Rule
from scrutiny.rules.reliability._handlers import caught_types, has_raise, own_nodes

_BLOCKS = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.With,
    ast.AsyncWith,
)
_BOUNDARY_SETUP = 2


def check(node: ast.Try | ast.TryStar, ctx: RuleContext) -> None:
    handler = next((h for h in node.handlers if _broad_swallowing(h, ctx)), None)
    if handler is None or _is_boundary(node, ctx):
        return
    statements = sum(1 for n in own_nodes(node.body) if isinstance(n, ast.stmt))
    if statements < BROAD_TRY_MIN_STATEMENTS:
        return
    calls = {ast.unparse(n.func) for n in own_nodes(node.body) if isinstance(n, ast.Call)}
    if len(calls) < BROAD_TRY_MIN_DISTINCT_CALLS:
        return
    ctx.report(
        node,
        f"a broad `except` guards {statements} statements calling {len(calls)} different "
        "functions: it will handle unrelated errors as if they were the one it was written for",
        fix="shrink the `try` to the call that can fail and catch that call's exceptions",
    )


def _broad_swallowing(handler: ast.ExceptHandler, ctx: RuleContext) -> bool:
    caught = caught_types(handler.type, ctx.semantic)
    broad = caught is None or any(name in BROAD_EXCEPTIONS for name in caught)
    return broad and not has_raise(handler.body) and not _reports_error(handler)


def _reports_error(handler: ast.ExceptHandler) -> bool:
    """The handler uses the exception (`handle(exc)`, `logger.exception`, `exc_info=True`): the
    real error is passed on with its traceback, so nothing is misattributed."""
    for node in own_nodes(handler.body):
        if isinstance(node, ast.Name) and (
            node.id == handler.name or node.id in _REPORTING_ATTRIBUTES
        ):
            return True
        if isinstance(node, ast.Attribute) and node.attr in _REPORTING_ATTRIBUTES:
            return True
        if isinstance(node, ast.keyword) and node.arg == "exc_info":
            return True
    return False


_REPORTING_ATTRIBUTES = frozenset(
    {"exception", "exc_info", "capture_exception", "format_exc", "safe_reraise", "reraise"}
)


def _is_boundary(node: ast.Try | ast.TryStar, ctx: RuleContext) -> bool:
    """The `try` is the whole body of its function, loop or `with` block (besides a docstring and
    up to two returns or constant assignments around it), or sits at module level."""
    parent = ctx.semantic.parent(node)
    if not isinstance(parent, _BLOCKS):
        return True
    others = [s for s in parent.body if s is not node and not _is_docstring(s)]
    return len(others) <= _BOUNDARY_SETUP and all(_setup(s) for s in others)


def _setup(stmt: ast.stmt) -> bool:
    """`return ...`, `pass` or `result = None`: nothing that could fail in its own right."""
    if isinstance(stmt, ast.Return | ast.Pass):
        return True
    value = stmt.value if isinstance(stmt, ast.Assign | ast.AnnAssign) else None
    return isinstance(value, ast.Constant)


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)


RULE = Rule(
    code="REL107",
    name="overly-broad-try",
    severity=Severity.LOW,
    confidence=Confidence.LOW,
    cwe=(396,),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Try, ast.TryStar),
    check=check,
)
