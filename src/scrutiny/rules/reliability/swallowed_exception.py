"""# Broad exception swallowed

## What it does
Finds `except Exception:`, `except BaseException:`, a bare `except:` (or a tuple containing one of
them), and `contextlib.suppress(Exception)`, whose handler throws the error away: it does nothing
but `pass`, `continue`, `break`, `return` a default or set a constant. Left alone:
- handlers that re-raise, log, report, call anything, or use the exception object
  (`return JsonResponse({"error": str(exc)}, status=500)`);
- narrow exceptions (`except KeyError: pass`) and a `try` that only imports an optional
  dependency;
- handlers that carry a comment (the choice is explained, or another linter's check is disabled
  on purpose: `# pylint: disable=broad-except`);
- best-effort cleanup: a `try` (or `suppress` block) that only calls `close()`/`flush()`/
  `shutdown()`/`unlink()`..., or sits in `__exit__`, `__del__`, `close` or a `repr` helper;
- a fallback value (a block ending in `return parse(x)`, `value = compute()` or `del d[key]`,
  then `except Exception: pass` or `return None`) outside request handlers and tasks (functions
  taking a `request`, or decorated as a route or a task), where it is an accepted idiom; in
  handlers and tasks it hides failures from users and monitoring and is reported. Swallowing the
  failure of an *action* (`mailer.send(...)`, `billing.push(...)`) is reported everywhere.

Quiet in tests and in test-support packages (`testing/`); low confidence in scripts.

## Why it matters
The error disappears: no traceback, no log line, no metric, no error response. The request,
task or job goes on with a default value as if the operation had worked, and the first visible
symptom is wrong data much later, far from its cause. Because the clause is broad, it also hides
programming errors (`AttributeError`, `TypeError`) that a test or an alert would otherwise catch.

## Example
```python
def sync_invoice(invoice):
    try:
        billing.push(invoice)
    except Exception:
        pass
```

## Use instead
```python
import logging

from billing.errors import BillingUnavailable

logger = logging.getLogger(__name__)


def sync_invoice(invoice):
    try:
        billing.push(invoice)
    except BillingUnavailable:
        logger.warning("billing unavailable, invoice %s queued for retry", invoice.pk)
        retry_later(invoice)
    except Exception:
        logger.exception("pushing invoice %s failed", invoice.pk)
        raise
```

## Alternatives and trade-offs
- Catch the narrow exceptions you can handle and let the rest propagate to the framework's error
  handler (Django, Flask and Celery all log unhandled errors): the simplest and most honest option.
- Where a failure must not stop the caller (a best-effort cache write, a metrics call), keep the
  broad clause but log it (`logger.exception` or `logger.warning(..., exc_info=True)`) or count it;
  a suppression comment documenting the choice also works.
- `contextlib.suppress(SomeError)` is fine for a narrow, expected error; never for `Exception`.

## Libraries
`logging` (`logger.exception`), `structlog`, `sentry_sdk.capture_exception`, `tenacity` for
retries; Ruff's `S110`/`S112`/`BLE001` and Pylint's `broad-exception-caught` are related checks.

## References
- https://docs.python.org/3/library/logging.html#logging.Logger.exception
- https://cwe.mitre.org/data/definitions/390.html
- https://cwe.mitre.org/data/definitions/396.html
- https://owasp.org/Top10/A09_2021-Security_Logging_and_Monitoring_Failures/
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.exceptions import (
    BEST_EFFORT_NAME_PARTS,
    BROAD_EXCEPTIONS,
    CLEANUP_NAMES,
    HANDLER_DECORATORS,
    HANDLER_PARAMETERS,
    SUPPRESSORS,
    TEST_SUPPORT_PATH_PARTS,
)
from scrutiny.rule import Rule
from scrutiny.rules.reliability._handlers import (
    caught_types,
    enclosing_function,
    handler_commented,
    is_script,
)

FIX = "catch the specific exception, or log it with `logger.exception(...)` (and re-raise)"


def check(node: ast.ExceptHandler | ast.With | ast.AsyncWith, ctx: RuleContext) -> None:
    if any(part in f"/{ctx.file.path}" for part in TEST_SUPPORT_PATH_PARTS):
        return
    if isinstance(node, ast.ExceptHandler):
        _check_handler(node, ctx)
    else:
        _check_suppress(node, ctx)


def _check_handler(node: ast.ExceptHandler, ctx: RuleContext) -> None:
    caught = caught_types(node.type, ctx.semantic)
    broad = "except:" if caught is None else _broad(caught)
    if broad is None or not all(_trivial(stmt, node.name) for stmt in node.body):
        return
    if handler_commented(node, ctx.file):
        return  # the choice is explained (or another linter's check is disabled on purpose)
    try_node = ctx.semantic.parent(node)
    if isinstance(try_node, ast.Try | ast.TryStar) and (
        _only_imports(try_node.body) or _cleanup(try_node, ctx)
    ):
        return  # an optional dependency probe, or best-effort cleanup
    if not _loses_side_effect(node, try_node) and not _in_handler_or_task(node, ctx):
        return  # a fallback value outside a request handler or task: an accepted idiom
    _report(node, ctx, f"`{broad}` swallows the error: no re-raise, no log, no error returned")


def _check_suppress(node: ast.With | ast.AsyncWith, ctx: RuleContext) -> None:
    for item in node.items:
        call = item.context_expr
        if (
            not isinstance(call, ast.Call)
            or ctx.semantic.qualified_name(call.func) not in SUPPRESSORS
        ):
            continue
        names = [n for arg in call.args for n in caught_types(arg, ctx.semantic) or []]
        broad = _broad(names)
        if broad is None or _only_imports(node.body) or _cleanup(node, ctx):
            continue
        if _is_fallback(node.body) and not _in_handler_or_task(node, ctx):
            continue
        _report(call, ctx, f"`suppress({broad.removeprefix('except ')})` swallows every error")


_DISCARDS = (ast.Pass, ast.Continue, ast.Break, ast.Expr)


def _loses_side_effect(node: ast.ExceptHandler, try_node: ast.AST | None) -> bool:
    """The handler discards the error (`pass`, `continue`) of a `try` that was doing something
    (its last statement is not an assignment or a `return`): the action silently did not happen.
    A `try` computing a value with a default set beforehand, or returning one, is a fallback."""
    if not all(isinstance(s, _DISCARDS) for s in node.body):
        return False
    if not isinstance(try_node, ast.Try | ast.TryStar) or not try_node.body:
        return True
    return not _is_fallback(try_node.body)


def _is_fallback(body: list[ast.stmt]) -> bool:
    """The guarded block computes a value (assigns or returns it) or deletes something that may
    already be gone: when it fails, the value set before (or the absence) is the fallback."""
    return bool(body) and isinstance(body[-1], _FALLBACK_STATEMENTS)


_FALLBACK_STATEMENTS = (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Return, ast.Delete)


def _cleanup(try_node: ast.Try | ast.TryStar | ast.With | ast.AsyncWith, ctx: RuleContext) -> bool:
    function = enclosing_function(try_node, ctx.semantic)
    if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) and (
        function.name in CLEANUP_NAMES
        or any(part in function.name for part in BEST_EFFORT_NAME_PARTS)
    ):
        return True
    return all(isinstance(s, ast.Expr) and _calls_cleanup(s.value) for s in try_node.body)


def _calls_cleanup(expr: ast.expr) -> bool:
    if isinstance(expr, ast.Await):
        expr = expr.value
    if not isinstance(expr, ast.Call):
        return False
    func = expr.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in CLEANUP_NAMES


def _in_handler_or_task(node: ast.AST, ctx: RuleContext) -> bool:
    """Whether `node` is in a function that takes a request or is decorated as a route/task."""
    for ancestor in ctx.semantic.ancestors(node):
        if not isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        arguments = ancestor.args
        names = {a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)}
        if names & HANDLER_PARAMETERS:
            return True
        if any(_decorator_name(d) in HANDLER_DECORATORS for d in ancestor.decorator_list):
            return True
    return False


def _decorator_name(decorator: ast.expr) -> str:
    if isinstance(decorator, ast.Call):
        decorator = decorator.func
    if isinstance(decorator, ast.Attribute):
        return decorator.attr
    return decorator.id if isinstance(decorator, ast.Name) else ""


def _report(node: ast.AST, ctx: RuleContext, message: str) -> None:
    confidence = Confidence.LOW if is_script(ctx.file) else None
    ctx.report(node, message, fix=FIX, confidence=confidence)


def _broad(caught: list[str]) -> str | None:
    for name in caught:
        if name in BROAD_EXCEPTIONS:
            return f"except {name.removeprefix('builtins.')}"
    return None


def _trivial(stmt: ast.stmt, exc_name: str | None) -> bool:
    """A statement that neither reports nor uses the error: pass, continue, a default..."""
    if isinstance(stmt, ast.Pass | ast.Continue | ast.Break):
        return True
    if isinstance(stmt, ast.Expr):
        return isinstance(stmt.value, ast.Constant)  # `...` or a docstring-like comment
    if isinstance(stmt, ast.Return):
        return stmt.value is None or _default(stmt.value, exc_name)
    if isinstance(stmt, ast.Assign):
        return _default(stmt.value, exc_name) and all(_plain_target(t) for t in stmt.targets)
    if isinstance(stmt, ast.AnnAssign):
        return stmt.value is not None and _default(stmt.value, exc_name)
    return False


def _default(expr: ast.expr, exc_name: str | None) -> bool:
    """A constant, an empty container, or a name other than the exception."""
    if isinstance(expr, ast.Constant):
        return True
    if isinstance(expr, ast.Name):
        return expr.id != exc_name
    if isinstance(expr, ast.List | ast.Tuple | ast.Set):
        return all(_default(e, exc_name) for e in expr.elts)
    if isinstance(expr, ast.Dict):
        return not expr.keys
    if isinstance(expr, ast.UnaryOp):
        return isinstance(expr.operand, ast.Constant)
    return False


def _plain_target(target: ast.expr) -> bool:
    return isinstance(target, ast.Name | ast.Attribute)


def _only_imports(body: list[ast.stmt]) -> bool:
    """Imports, possibly with flags set beside them (`import ujson as json; HAS_UJSON = True`)."""
    imports = [s for s in body if isinstance(s, ast.Import | ast.ImportFrom)]
    rest = [s for s in body if not isinstance(s, ast.Import | ast.ImportFrom)]
    return bool(imports) and all(_trivial(s, None) for s in rest)


RULE = Rule(
    code="REL103",
    name="swallowed-exception",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    cwe=(390, 396),
    owasp=("A09:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.ExceptHandler, ast.With, ast.AsyncWith),
    check=check,
)
