"""# Exception raised in an `except` block without `from`

## What it does
Finds `raise NewError(...)` inside an `except SomeError as err:` block that has no `from err` (or
`from None`). A bare `raise`, `raise err` (the caught exception itself), `raise saved` (a
variable holding an exception built elsewhere), `raise ... from ...`, Celery's
`raise self.retry(exc=err)`, a `raise` inside a nested `except` (it chains to that handler's
exception) and a `raise` inside a function or class defined in the handler are left alone, and so
are exceptions whose framework prints only their message or uses them as control flow
(`CommandError`, `click.UsageError`, `SystemExit`, Celery's `Reject`): nobody sees the chain.
Quiet in tests.

## Why it matters
Without `from`, Python attaches the original exception as implicit *context*, and the traceback
reads "During handling of the above exception, another exception occurred": it looks like a
second, unrelated bug in the error handler. With `from err` it reads "The above exception was the
direct cause of the following exception", and `__cause__` is set for error trackers (Sentry groups
and displays chained causes). When the original is deliberately hidden (an internal detail that
must not leak), `from None` says so explicitly.

## Example
```python
def parse_amount(raw):
    try:
        return Decimal(raw)
    except InvalidOperation as err:
        raise ValidationError("amount must be a number")
```

## Use instead
```python
def parse_amount(raw):
    try:
        return Decimal(raw)
    except InvalidOperation as err:
        raise ValidationError("amount must be a number") from err
```

## Alternatives and trade-offs
- `from err` keeps the full chain: the best default for debugging.
- `from None` hides the original on purpose (a lookup miss translated into a domain error, or a
  secret in the original message); you lose the cause in logs, so use it deliberately.
- Re-raising the same exception (`raise`) is better than wrapping when the caller can handle the
  original type.

## Libraries
Standard library (PEP 3134 exception chaining); Ruff's `B904` (`raise-without-from-inside-except`)
and Pylint's `raise-missing-from` are the same check.

## References
- https://peps.python.org/pep-3134/
- https://docs.python.org/3/tutorial/errors.html#exception-chaining
- https://cwe.mitre.org/data/definitions/755.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.exceptions import MESSAGE_ONLY_EXCEPTIONS, RETRY_METHODS
from scrutiny.rule import Rule


def check(node: ast.ExceptHandler, ctx: RuleContext) -> None:
    name = node.name
    if name is None:
        return
    for raised in _own_raises(node.body):
        exc = raised.exc
        if exc is None or raised.cause is not None or _is_name(exc, name):
            continue
        if _existing_exception(exc, ctx) or _retry_idiom(exc) or _message_only(exc, ctx):
            continue
        ctx.report(
            raised,
            f"raising a new exception inside `except ... as {name}` without `from {name}` "
            "reports the original as an unrelated error in the handler",
            fix=f"add `from {name}` (or `from None` to hide the original on purpose)",
        )


def _own_raises(body: list[ast.stmt]) -> list[ast.Raise]:
    """The raises that belong to this handler: not those of a nested `except` handler (they chain
    to its own exception) nor of a function or class defined in it."""
    raises: list[ast.Raise] = []
    stack: list[ast.AST] = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Raise):
            raises.append(node)
        elif not isinstance(node, _NOT_OURS):
            stack.extend(ast.iter_child_nodes(node))
    return sorted(raises, key=lambda r: (r.lineno, r.col_offset))


_NOT_OURS = (
    ast.ExceptHandler,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Lambda,
    ast.expr,
)


def _existing_exception(exc: ast.expr, ctx: RuleContext) -> bool:
    """`raise saved_error`: a variable holding an exception made (and chained) elsewhere."""
    if not isinstance(exc, ast.Name):
        return False
    bindings = ctx.semantic.lookup(exc.id, exc)
    return bindings is not None and all(b.kind == "other" for b in bindings)


def _message_only(exc: ast.expr, ctx: RuleContext) -> bool:
    """`raise CommandError(...)`, `raise click.UsageError(...)`: shown as a message, no chain."""
    target = exc.func if isinstance(exc, ast.Call) else exc
    return ctx.semantic.qualified_name(target) in MESSAGE_ONLY_EXCEPTIONS


def _retry_idiom(exc: ast.expr) -> bool:
    """`raise self.retry(exc=exc)`: Celery's retry exception carries the original itself."""
    return (
        isinstance(exc, ast.Call)
        and isinstance(exc.func, ast.Attribute)
        and exc.func.attr in RETRY_METHODS
    )


def _is_name(expr: ast.expr, name: str) -> bool:
    if isinstance(expr, ast.Name):
        return expr.id == name
    # `raise err.with_traceback(tb)` re-raises the same exception
    return (
        isinstance(expr, ast.Call)
        and isinstance(expr.func, ast.Attribute)
        and expr.func.attr == "with_traceback"
        and _is_name(expr.func.value, name)
    )


RULE = Rule(
    code="REL104",
    name="raise-without-from",
    severity=Severity.LOW,
    confidence=Confidence.MEDIUM,
    cwe=(755,),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.ExceptHandler,),
    check=check,
)
