"""# Error logged without the traceback

## What it does
Finds `logger.error(...)`, `logger.critical(...)` and `logging.error(...)` calls inside an
`except` block that do not attach the exception: no `exc_info=True` (or `exc_info=err`), no
`stack_info=True`, no `traceback.format_exc()` in the message, and not `logger.exception(...)`.
Loggers are recognized through `logging.getLogger(...)`, module-level `logger`/`log`/`LOGGER`,
`self.logger`, structlog's `get_logger()` and loguru's `logger` (where
`logger.opt(exception=True)` attaches the traceback).

The rule is quiet when the handler re-raises right after logging (the next statement, or the last
statement of the handler, is a `raise`): the exception, with its traceback, continues upward and
whoever finally handles it (Django's and Flask's 500 handlers, Celery's task failure log, your
own top-level handler) is the place to log it. Adding `exc_info` there would print the same
traceback twice. A new exception raised in the handler keeps the original as its `__cause__`
(`from err`) or `__context__`, so its traceback is printed too; `raise ... from None` hides it
on purpose, a decision the rule respects. This is only as true as the upstream handler, and the
rule checks the case where it is plainly false: HTTP exceptions (`HTTPException`, `Http404`,
DRF's `APIException`s, werkzeug's exceptions) become a response without any traceback being
logged, so raising one still reports. If a caller swallows a re-raised exception silently, the
traceback is lost there, and that is the caller's bug.

Also quiet:
- an error logged right before the program exits (`sys.exit(1)`, `raise SystemExit`);
- a handler where another logging call records the traceback (`logger.error(summary)` then
  `logger.debug("details", exc_info=True)`, a common way to keep tracebacks out of the default
  output);
- programs (scripts, command-line modules and `cli/` packages, management commands: the roles
  REL110 leaves alone), where `logger.error("cannot read %s: %s", path, err)` is a message to
  the person at the terminal and the traceback is hidden on purpose;
- handlers that catch only exceptions whose traceback is noise: timeouts (`TimeoutError`,
  `asyncio.TimeoutError`, `socket.timeout`, `requests.Timeout`, `httpx.TimeoutException`), a
  missing optional dependency (`ImportError`),
  `KeyboardInterrupt`.

`warning` calls are not reported: a warning in an `except` block usually records an expected,
handled condition ("cache unavailable, using the database") where a traceback would be noise.

## Why it matters
`logger.error("payment failed: %s", err)` records `str(err)`: often just `'id'` for a
`KeyError`, or an empty string. The file, the line and the chain of calls that failed are gone,
and the on-call engineer cannot tell a bug in your code from a failure of a dependency. Error
trackers (Sentry, Rollbar, Datadog) group and deduplicate events by their stack trace; without
one, every error lands in a single "logged message" bucket.

## Example
```python
import logging

logger = logging.getLogger(__name__)

def sync_invoice(invoice):
    try:
        gateway.push(invoice)
    except GatewayError as err:
        logger.error("invoice %s not synced: %s", invoice.pk, err)
        invoice.mark_for_retry()
```

## Use instead
```python
import logging

logger = logging.getLogger(__name__)

def sync_invoice(invoice):
    try:
        gateway.push(invoice)
    except GatewayError:
        # .exception() logs at ERROR level with the traceback of the exception being handled
        logger.exception("invoice %s not synced", invoice.pk)
        invoice.mark_for_retry()
```

## Alternatives and trade-offs
- `logger.exception(msg)` is `logger.error(msg, exc_info=True)`; use `exc_info=True` to keep
  another level (`logger.warning(..., exc_info=True)` or `logger.critical(..., exc_info=True)`).
- `exc_info=err` attaches a specific exception, useful outside the `except` block (in a callback
  or after collecting several errors).
- structlog: `log.exception("event")` or `log.error("event", exc_info=True)` with the
  `format_exc_info`/`dict_tracebacks` processor; loguru: `logger.exception(...)` or
  `logger.opt(exception=True).error(...)`.
- For expected, well-understood failures (a validation error, a 404 from a partner API) a
  traceback is noise: log at `warning` without it, or suppress this finding with a reason.

## Libraries
The standard `logging` module, `structlog`, `loguru`; `sentry-sdk`'s logging integration turns
records that carry `exc_info` into events with stack traces.

## References
- https://docs.python.org/3/library/logging.html#logging.Logger.exception
- https://docs.python.org/3/howto/logging.html
- https://www.structlog.org/en/stable/exceptions.html
- https://cwe.mitre.org/data/definitions/778.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.logging_apis import (
    ERROR_LEVEL_NUMBERS,
    ERROR_LEVELS,
    ERROR_METHODS,
    EXIT_CALLS,
    EXPECTED_EXCEPTIONS,
    LOGURU,
    RESPONSE_EXCEPTION_MODULES,
    RESPONSE_EXCEPTIONS,
    TRACEBACK_KEYWORDS,
    TRACEBACK_TEXT_CALLS,
)
from scrutiny.rule import Rule
from scrutiny.rules.reliability._logging_calls import (
    LogCall,
    exits_after,
    is_program,
    log_call,
)
from scrutiny.semantic.model import SemanticModel

_BOUNDARIES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def check(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    call = log_call(node, semantic)
    if call is None or not _is_error_level(call, semantic):
        return
    handler = _enclosing_handler(node, semantic)
    if handler is None or _attaches_traceback(call, semantic) or is_program(ctx.file):
        return
    if _reraised_after(node, handler, semantic) or _expected(handler, semantic):
        return
    if _handler_logs_traceback(handler, semantic):
        return  # `logger.error(summary)` then `logger.debug(..., exc_info=True)`
    if exits_after(node, semantic, EXIT_CALLS):
        return  # a program's last words to its user (`sys.exit(1)` after the message)
    fix = (
        "use `logger.exception(...)` or `logger.opt(exception=True).error(...)`"
        if call.kind == LOGURU
        else "use `logger.exception(...)` (or pass `exc_info=True`)"
    )
    ctx.report(
        node,
        f"`.{call.method}()` in an `except` block without the traceback: the log shows the "
        "message but not where or why the exception was raised",
        fix=fix,
    )


def _handler_logs_traceback(handler: ast.ExceptHandler, semantic: SemanticModel) -> bool:
    """Whether another logging call in the handler records the traceback."""
    for statement in handler.body:
        for sub in ast.walk(statement):
            if not isinstance(sub, ast.Call):
                continue
            other = log_call(sub, semantic)
            if other is not None and (
                other.method == "exception" or _attaches_traceback(other, semantic)
            ):
                return True
    return False


def _expected(handler: ast.ExceptHandler, semantic: SemanticModel) -> bool:
    """Whether the handler catches only exceptions whose traceback is noise (timeouts...)."""
    caught = handler.type
    if caught is None:
        return False
    types = caught.elts if isinstance(caught, ast.Tuple) else [caught]
    return all(semantic.qualified_name(t) in EXPECTED_EXCEPTIONS for t in types)


def _is_error_level(call: LogCall, semantic: SemanticModel) -> bool:
    if call.method in ERROR_METHODS:
        return True
    if call.method != "log" or not call.node.args:
        return False
    level = call.node.args[0]
    if semantic.qualified_name(level) in ERROR_LEVELS:
        return True
    return semantic.literal_value(level) in ERROR_LEVEL_NUMBERS


def _enclosing_handler(node: ast.AST, semantic: SemanticModel) -> ast.ExceptHandler | None:
    """The `except` clause whose body contains `node` (not through a nested def)."""
    child: ast.AST = node
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, _BOUNDARIES):
            return None
        if isinstance(ancestor, ast.ExceptHandler) and child is not ancestor.type:
            return ancestor
        child = ancestor
    return None


def _attaches_traceback(call: LogCall, semantic: SemanticModel) -> bool:
    for keyword in (*call.node.keywords, *call.bound):
        if keyword.arg is None or keyword.arg in TRACEBACK_KEYWORDS:
            return True  # `**kwargs` may carry exc_info; an explicit False is a decision
    for value in call.data:
        for sub in ast.walk(value):
            if (
                isinstance(sub, ast.Call)
                and semantic.qualified_name(sub.func) in TRACEBACK_TEXT_CALLS
            ):
                return True
    return False


def _reraised_after(node: ast.AST, handler: ast.ExceptHandler, semantic: SemanticModel) -> bool:
    """Whether the statement after the logging call, or the handler's last statement, raises."""
    last = handler.body[-1] if handler.body else None
    if isinstance(last, ast.Raise):
        return _keeps_traceback(last, semantic)
    statement = _statement_of(node, semantic)
    if statement is None:
        return False
    block = _block_of(statement, semantic)
    if block is None:
        return False
    index = block.index(statement)
    following = block[index + 1] if index + 1 < len(block) else None
    return isinstance(following, ast.Raise) and _keeps_traceback(following, semantic)


def _keeps_traceback(raise_: ast.Raise, semantic: SemanticModel) -> bool:
    """Whether raising here is an answer to the missing traceback: the exception carries the
    handled one upward (or `from None` hides it on purpose), unless a framework turns it into a
    response silently."""
    raised = raise_.exc.func if isinstance(raise_.exc, ast.Call) else raise_.exc
    if raised is None:
        return True
    name = semantic.qualified_name(raised) or ""
    return name not in RESPONSE_EXCEPTIONS and not name.startswith(RESPONSE_EXCEPTION_MODULES)


def _statement_of(node: ast.AST, semantic: SemanticModel) -> ast.stmt | None:
    current: ast.AST | None = node
    while current is not None and not isinstance(current, ast.stmt):
        current = semantic.parent(current)
    return current


def _block_of(statement: ast.stmt, semantic: SemanticModel) -> list[ast.stmt] | None:
    parent = semantic.parent(statement)
    if parent is None:
        return None
    for field in ("body", "orelse", "finalbody", "handlers"):
        block = getattr(parent, field, None)
        if isinstance(block, list) and statement in block:
            return block
    return None


RULE = Rule(
    code="REL108",
    name="error-logged-without-traceback",
    severity=Severity.LOW,
    confidence=Confidence.MEDIUM,
    cwe=(778,),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call,),
    check=check,
)
