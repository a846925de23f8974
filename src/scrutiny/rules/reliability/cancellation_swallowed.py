"""# Cancellation or shutdown exception swallowed

## What it does
Finds handlers that catch a shutdown or cancellation signal and carry on:
- `except KeyboardInterrupt` / `except SystemExit` whose handler neither re-raises, exits
  (`sys.exit()`, `raise SystemExit`), returns nor breaks out of its loop;
- `except asyncio.CancelledError` (also `trio.Cancelled`, `anyio.get_cancelled_exc_class()`) or
  `except BaseException` inside `async def`, or `contextlib.suppress(asyncio.CancelledError)`, when
  nothing is re-raised;
- `except GeneratorExit` in a generator that goes on yielding.

It stays quiet after the function cancelled a task itself (`task.cancel()` then
`await task` in the `try`: the expected way to wait for a cancelled task), around
`await asyncio.sleep(...)` alone (a task that waits to be cancelled and then shuts down), when the
handler hands the exception on (`sys.exc_info()`, the bound name) or explains itself with a
comment, for `KeyboardInterrupt`/`SystemExit` in scripts and CLI modules (printing a message after
Ctrl-C, or a REPL that survives it, is fine) or when the handler returns, breaks, exits, calls
`stop()`/`shutdown()` or falls off the end of its function, and in tests.

## Why it matters
`KeyboardInterrupt` and `SystemExit` are how a process is asked to stop; swallowing them makes
Ctrl-C and `sys.exit()` no-ops and leaves workers that ignore a deploy's shutdown until they are
killed. In asyncio, `task.cancel()` raises `CancelledError` inside the task: a task that catches
it and returns normally looks finished instead of cancelled, `asyncio.timeout()`/`wait_for` and
`TaskGroup` stop working, and server shutdown hangs on tasks that refuse to end.

## Example
```python
async def consume(queue):
    while True:
        try:
            message = await queue.get()
            await handle(message)
        except asyncio.CancelledError:
            continue
```

## Use instead
```python
import asyncio
import logging

logger = logging.getLogger(__name__)


async def consume(queue):
    while True:
        try:
            message = await queue.get()
            await handle(message)
        except asyncio.CancelledError:
            logger.info("consumer cancelled, flushing")
            await flush()
            raise
        except Exception:
            logger.exception("message failed")
```

## Alternatives and trade-offs
- Put cleanup in `finally:` (or an async context manager) instead of catching the cancellation
  at all: it runs on cancellation and on errors alike.
- `asyncio.shield()` protects one critical awaitable from an outer cancellation without hiding it.
- If a task must really outlive a cancellation request, call `asyncio.current_task().uncancel()`
  (Python 3.11+) explicitly so structured concurrency (`TaskGroup`, `timeout`) still works.
- For process shutdown, handle `SIGTERM` with `loop.add_signal_handler` and stop gracefully.

## Libraries
`asyncio` (`TaskGroup`, `timeout`, `shield`), `anyio` and `trio` (cancel scopes), `signal`.

## References
- https://docs.python.org/3/library/asyncio-task.html#task-cancellation
- https://docs.python.org/3/library/exceptions.html#KeyboardInterrupt
- https://anyio.readthedocs.io/en/stable/cancellation.html
- https://cwe.mitre.org/data/definitions/755.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.exceptions import (
    BASE_EXCEPTION,
    CANCELLATION_EXCEPTIONS,
    GENERATOR_EXIT,
    INTERRUPT_EXCEPTIONS,
    SLEEP_CALLS,
    STOP_METHODS,
    SUPPRESSORS,
)
from scrutiny.rule import Rule
from scrutiny.rules.reliability._handlers import (
    CANCELLATION_FACTORY,
    calls_exit,
    caught_types,
    enclosing_function,
    handler_commented,
    has_raise,
    in_async_function,
    in_loop,
    is_script,
    own_nodes,
)

FIX = "re-raise it after cleanup (`raise`), or put the cleanup in `finally:`"


def check(node: ast.ExceptHandler | ast.With | ast.AsyncWith, ctx: RuleContext) -> None:
    if isinstance(node, ast.ExceptHandler):
        _check_handler(node, ctx)
    else:
        _check_suppress(node, ctx)


def _check_handler(node: ast.ExceptHandler, ctx: RuleContext) -> None:
    caught = caught_types(node.type, ctx.semantic) or []
    if has_raise(node.body) or _passes_on(node) or handler_commented(node, ctx.file):
        return
    try_node = ctx.semantic.parent(node)
    if isinstance(try_node, ast.Try | ast.TryStar) and _waits_to_be_cancelled(try_node, ctx):
        return
    cancellation = _cancellation(caught, node, ctx)
    if cancellation is not None:
        ctx.report(
            node,
            f"`{cancellation}` caught in `async def` and not re-raised: the task cannot be "
            "cancelled and shutdown or timeouts hang",
            fix=FIX,
        )
        return
    interrupt = next((n for n in caught if n in INTERRUPT_EXCEPTIONS), None)
    if interrupt is not None and not is_script(ctx.file) and not _stops(node, ctx):
        short = interrupt.removeprefix("builtins.")
        ctx.report(
            node,
            f"`{short}` caught and execution continues: Ctrl-C or `sys.exit()` is ignored",
            fix=FIX,
        )
        return
    if GENERATOR_EXIT in caught and _keeps_yielding(node, ctx):
        ctx.report(
            node,
            "`GeneratorExit` caught and the generator keeps yielding: `close()` raises "
            "RuntimeError",
            fix="return (or re-raise) after catching GeneratorExit",
        )


def _check_suppress(node: ast.With | ast.AsyncWith, ctx: RuleContext) -> None:
    if not in_async_function(node, ctx.semantic):
        return
    for item in node.items:
        call = item.context_expr
        if (
            not isinstance(call, ast.Call)
            or ctx.semantic.qualified_name(call.func) not in SUPPRESSORS
        ):
            continue
        names = [n for arg in call.args for n in caught_types(arg, ctx.semantic) or []]
        if any(_is_cancellation(n) for n in names) and not _cancelled_here(node, ctx):
            ctx.report(
                call,
                "cancellation suppressed in `async def`: the task cannot be cancelled",
                fix="let CancelledError propagate; suppress it only around `await` of a task "
                "you cancelled",
            )


def _cancellation(caught: list[str], node: ast.ExceptHandler, ctx: RuleContext) -> str | None:
    if not in_async_function(node, ctx.semantic):
        return None
    for name in caught:
        if _is_cancellation(name) or name == BASE_EXCEPTION:
            if _cancelled_here(node, ctx):
                return None
            if name == CANCELLATION_FACTORY:
                return "anyio.get_cancelled_exc_class()"
            return name.removeprefix("builtins.")
    return None


def _is_cancellation(name: str) -> bool:
    return name in CANCELLATION_EXCEPTIONS or name == CANCELLATION_FACTORY


def _cancelled_here(node: ast.stmt | ast.excepthandler, ctx: RuleContext) -> bool:
    """Whether the function calls `.cancel()` on something before this point: waiting for a
    task you cancelled yourself is where catching its CancelledError is right."""
    function = enclosing_function(node, ctx.semantic)
    if function is None or isinstance(function, ast.Lambda):
        return False
    return any(
        isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr == "cancel"
        and n.lineno <= node.lineno
        for n in own_nodes(function.body)
    )


def _stops(node: ast.ExceptHandler, ctx: RuleContext) -> bool:
    """The handler ends the function, the loop or the program."""
    if calls_exit(node.body, ctx.semantic) or _calls_stop_method(node.body):
        return True
    if any(isinstance(n, ast.Return | ast.Break) for n in own_nodes(node.body)):
        return True
    return _falls_off_function(node, ctx)


def _waits_to_be_cancelled(try_node: ast.Try | ast.TryStar, ctx: RuleContext) -> bool:
    """`try: await sleep(inf)` (cancellation is the expected way out, and the handler is the
    shutdown code) or `try: raise error` (the handler catches its own raise)."""
    if len(try_node.body) != 1:
        return False
    stmt = try_node.body[0]
    if isinstance(stmt, ast.Raise):
        return True
    value = stmt.value if isinstance(stmt, ast.Expr) else None
    if isinstance(value, ast.Await) and isinstance(value.value, ast.Call):
        return ctx.semantic.qualified_name(value.value.func) in SLEEP_CALLS
    return False


def _calls_stop_method(body: list[ast.stmt]) -> bool:
    return any(
        isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr in STOP_METHODS
        for n in own_nodes(body)
    )


def _falls_off_function(node: ast.ExceptHandler, ctx: RuleContext) -> bool:
    """Nothing runs after the handler but the end of its function: the function returns."""
    current: ast.AST = node
    for parent in ctx.semantic.ancestors(node):
        if isinstance(parent, ast.For | ast.AsyncFor | ast.While):
            return False
        if isinstance(parent, ast.Try | ast.TryStar) and current in parent.handlers:
            current = parent
            continue
        for field in ("body", "orelse", "finalbody"):
            block = getattr(parent, field, None)
            if isinstance(block, list) and current in block and block[-1] is not current:
                return False
        if isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef | ast.Module):
            return True
        current = parent
    return False


def _passes_on(node: ast.ExceptHandler) -> bool:
    """The handler hands the exception to someone else (`sys.exc_info()`, the bound name)."""
    for n in own_nodes(node.body):
        if isinstance(n, ast.Name) and n.id == node.name and isinstance(n.ctx, ast.Load):
            return True
        if isinstance(n, ast.Attribute) and n.attr == "exc_info":
            return True
    return False


def _keeps_yielding(node: ast.ExceptHandler, ctx: RuleContext) -> bool:
    if any(isinstance(n, ast.Return) for n in own_nodes(node.body)):
        return False
    if any(isinstance(n, ast.Yield | ast.YieldFrom) for n in own_nodes(node.body)):
        return True
    function = enclosing_function(node, ctx.semantic)
    if function is None or isinstance(function, ast.Lambda) or not in_loop(node, ctx.semantic):
        return False
    if not any(isinstance(n, ast.Yield | ast.YieldFrom) for n in own_nodes(function.body)):
        return False
    return not any(isinstance(n, ast.Break) for n in own_nodes(node.body))


RULE = Rule(
    code="REL105",
    name="cancellation-swallowed",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    cwe=(755,),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.ExceptHandler, ast.With, ast.AsyncWith),
    check=check,
)
