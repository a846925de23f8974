"""# Eager formatting in a logging call

## What it does
Finds logging calls whose message is formatted before the call: an f-string with placeholders,
`"..." % args`, `"...".format(...)` or a string concatenated with `+`, as in
`logger.info(f"user {user_id} logged in")`. Loggers of the standard library (including
`logging.info(...)`, `LoggerAdapter` and Celery's task logger) and loguru's `logger` are checked.
structlog calls are not: their first argument is an event name, and data goes in key-value
pairs, so the eager-format problem shows up there as a different smell. Constant messages and
lazy arguments (`logger.info("user %s logged in", user_id)`) are quiet, and so is a message
built eagerly *and* given lazy arguments (`logger.info("%s " + msg, prefix, *args)`): the eager
part composes a template from another template, and the values are still formatted lazily.

loguru is checked too: it formats `{}` placeholders lazily, so an f-string there is just as eager.
A line marked `# noqa: G004` (or another of ruff's `G001`-`G004`) is left alone.

## Why it matters
The logging module formats a message only when a handler will emit the record. With an f-string,
the string is built on every call, even when the level is disabled: a `logger.debug(f"...")` in a
hot loop costs its `repr()`s and allocations in production, where debug is off. Worse, the
message template is lost: Sentry, Datadog and the ELK stack group records by the unformatted
`record.msg`, so `"order %s failed"` is one issue while `f"order {pk} failed"` is a new issue for
every order, and alert thresholds and deduplication stop working. Formatting in the caller also
means an exception in `__str__`/`__repr__` raises at the call site instead of being reported by
the logging machinery.

## Example
```python
import logging

logger = logging.getLogger(__name__)

def apply_coupon(order, code):
    logger.info(f"applying coupon {code} to order {order.pk}")
    logger.debug("order state: " + repr(order.__dict__))
```

## Use instead
```python
import logging

logger = logging.getLogger(__name__)

def apply_coupon(order, code):
    logger.info("applying coupon %s to order %s", code, order.pk)
    if logger.isEnabledFor(logging.DEBUG):  # guard work that costs more than formatting
        logger.debug("order state: %r", order.__dict__)
```

## Alternatives and trade-offs
- Lazy `%s` arguments keep the template and defer formatting; the arguments themselves are still
  evaluated, so guard expensive ones with `logger.isEnabledFor(level)`.
- Structured logging (`structlog`, or `extra={"order_id": order.pk}` with a JSON formatter) keeps
  values as fields that can be searched and aggregated, at the cost of a logging setup to maintain.
- loguru formats `logger.info("order {} failed", pk)` lazily with `{}` placeholders, and
  `logger.opt(lazy=True)` defers expensive arguments behind lambdas.
- An f-string is harmless in code that runs once (startup, a management command); suppress
  with a reason there if you prefer it, or rely on ruff's `G004` for the style part alone.

## Libraries
The standard `logging` module, `structlog`, `loguru`, `python-json-logger`; ruff's
`flake8-logging-format` rules (`G001`-`G004`) and pylint's `logging-fstring-interpolation`.

## References
- https://docs.python.org/3/howto/logging.html#optimization
- https://docs.python.org/3/howto/logging.html#using-arbitrary-objects-as-messages
- https://docs.sentry.io/platforms/python/integrations/logging/
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.logging_apis import (
    LOG_METHODS,
    LOGURU,
    RUFF_EAGER_FORMAT_CODES,
    STRUCTLOG,
)
from scrutiny.rule import Rule
from scrutiny.rules.reliability._logging_calls import LogCall, log_call, ruff_noqa
from scrutiny.semantic.model import UNKNOWN, SemanticModel


def check(node: ast.Call, ctx: RuleContext) -> None:
    call = log_call(node, ctx.semantic)
    if call is None or call.kind == STRUCTLOG or call.message is None:
        return
    if _has_lazy_arguments(call):
        return  # the eager part composes a template (`"%s " + msg, *args`): the values stay lazy
    how = _eager_format(call.message, ctx.semantic)
    if how is None or ruff_noqa(ctx.file, node, RUFF_EAGER_FORMAT_CODES):
        return
    if call.kind == LOGURU:
        fix = 'pass the values as arguments: `logger.info("order {} failed", order_id)`'
    else:
        fix = 'pass the values as arguments: `logger.info("order %s failed", order_id)`'
    ctx.report(
        call.message,
        f"logging message built with {how}: it is formatted even when the level is disabled "
        "and every value makes a new message for log aggregation",
        fix=fix,
    )


def _has_lazy_arguments(call: LogCall) -> bool:
    message_index = LOG_METHODS[call.method]
    return len(call.node.args) > message_index + 1


def _eager_format(message: ast.expr, semantic: SemanticModel) -> str | None:
    """How `message` is formatted eagerly, or None when it is a template or a plain value."""
    if isinstance(message, ast.JoinedStr):
        if any(isinstance(part, ast.FormattedValue) for part in message.values):
            return "an f-string"
        return None
    if isinstance(message, ast.BinOp):
        if isinstance(message.op, ast.Mod) and _is_string(message.left, semantic):
            return "`%` formatting"
        if isinstance(message.op, ast.Add) and _concatenates_value(message, semantic):
            return "`+` concatenation"
        return None
    if (
        isinstance(message, ast.Call)
        and isinstance(message.func, ast.Attribute)
        and message.func.attr == "format"
        and _is_string(message.func.value, semantic)
    ):
        return "`str.format()`"
    return None


def _is_string(expr: ast.expr, semantic: SemanticModel) -> bool:
    if isinstance(expr, ast.JoinedStr):
        return True
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        return _is_string(expr.left, semantic) or _is_string(expr.right, semantic)
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Mod):
        return _is_string(expr.left, semantic)
    value = semantic.literal_value(expr)
    return isinstance(value, str)


def _concatenates_value(expr: ast.BinOp, semantic: SemanticModel) -> bool:
    """A `+` chain with at least one string literal and at least one non-constant operand."""
    operands: list[ast.expr] = []
    stack: list[ast.expr] = [expr]
    while stack:
        current = stack.pop()
        if isinstance(current, ast.BinOp) and isinstance(current.op, ast.Add):
            stack.extend((current.left, current.right))
        else:
            operands.append(current)
    has_string = any(_is_string(o, semantic) for o in operands)
    has_value = any(
        semantic.literal_value(o) is UNKNOWN and not _constant_fstring(o) for o in operands
    )
    return has_string and has_value


def _constant_fstring(expr: ast.expr) -> bool:
    return isinstance(expr, ast.JoinedStr) and not any(
        isinstance(p, ast.FormattedValue) for p in expr.values
    )


RULE = Rule(
    code="REL109",
    name="eager-logging-format",
    severity=Severity.LOW,
    confidence=Confidence.HIGH,
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call,),
    check=check,
)
