"""Retry loops: what REL114 (retry-without-backoff) and REL119 (requests in a loop) share.

A *retry loop* is a `for attempt in range(n)` / `while ...` loop around a `try` whose success path
leaves the loop (`break`/`return`, or setting the flag the `while` tests) and one of whose
handlers goes round again. A loop over other items (mirrors, candidates) is failover, not retry,
and a loop whose `try` does not leave it on success is a worker loop.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeGuard

from scrutiny.frameworks.resources import (
    BACKOFF_NAME_PARTS,
    CLOCK_FUNCTIONS,
    JITTER_MODULES,
    NON_TRANSIENT_EXCEPTIONS,
    RESTART_ERRNOS,
    SLEEP_FUNCTIONS,
    SLEEP_NAME_PARTS,
    TRANSIENT_NAME_PARTS,
)
from scrutiny.semantic.model import SemanticModel

Loop = ast.For | ast.AsyncFor | ast.While
_NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
_LOOPS = (ast.For, ast.AsyncFor, ast.While)
_COUNTERS = frozenset({"builtins.range"})
_ENDLESS = frozenset({"itertools.count", "itertools.repeat"})


@dataclass(frozen=True)
class RetryLoop:
    loop: Loop
    bounded: bool
    sleeps: tuple[ast.Call, ...]
    grows: bool  # the delay grows between attempts or is randomized
    network: bool  # a handler catches a network/database failure by name (`ConnectionError`)
    deadline: bool  # `while time.monotonic() < deadline:`: polling until a deadline


def own_nodes(body: list[ast.stmt]) -> Iterator[ast.AST]:
    """Every node of `body`, without entering nested functions, classes or loops."""
    stack: list[ast.AST] = list(reversed(body))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, _NESTED + _LOOPS):
            continue
        stack.extend(reversed(list(ast.iter_child_nodes(node))))


def sleeps_in(body: list[ast.stmt], semantic: SemanticModel) -> tuple[ast.Call, ...]:
    return tuple(node for node in own_nodes(body) if _is_sleep(node, semantic))


def _is_sleep(node: ast.AST, semantic: SemanticModel) -> TypeGuard[ast.Call]:
    if not isinstance(node, ast.Call):
        return False
    if semantic.qualified_name(node.func) in SLEEP_FUNCTIONS:
        return True
    return isinstance(node.func, ast.Attribute) and any(
        part in node.func.attr.lower() for part in SLEEP_NAME_PARTS
    )


def exits_on_success(loop: Loop) -> bool:
    """A `try` in the loop body that leaves the loop when it succeeds: retry or failover (try
    each mirror until one answers)."""
    return any(
        isinstance(stmt, ast.Try | ast.TryStar)
        and stmt.handlers
        and _exits(stmt.body + stmt.orelse)
        for stmt in loop.body
    )


def retry_loop(loop: Loop, semantic: SemanticModel) -> RetryLoop | None:
    bounded = _bounded(loop, semantic)
    if bounded is None:
        return None
    counter = _loop_names(loop)
    if not any(_is_retry_try(stmt, loop, counter, semantic) for stmt in loop.body):
        return None
    if not bounded and _handler_exits(loop):
        bounded = True  # `if attempts > 5: raise` inside the loop
    sleeps = sleeps_in(loop.body, semantic)
    grown = _grown_names(loop)
    local = _local_values(loop)
    grows = _delegates_backoff(loop) or any(
        _grows(sleep, counter | grown, local, semantic) for sleep in sleeps
    )
    network = any(
        _network_handler(h, semantic)
        for stmt in loop.body
        if isinstance(stmt, ast.Try | ast.TryStar)
        for h in stmt.handlers
    )
    return RetryLoop(loop, bounded, sleeps, grows, network, _deadline(loop, semantic))


def _network_handler(handler: ast.ExceptHandler, semantic: SemanticModel) -> bool:
    if handler.type is None:
        return False
    types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    for kind in types:
        name = (semantic.qualified_name(kind) or ast.unparse(kind)).lower()
        if any(part in name for part in TRANSIENT_NAME_PARTS):
            return True
    return False


def _deadline(loop: Loop, semantic: SemanticModel) -> bool:
    return isinstance(loop, ast.While) and any(
        isinstance(n, ast.Call) and semantic.qualified_name(n.func) in CLOCK_FUNCTIONS
        for n in ast.walk(loop.test)
    )


def _bounded(loop: Loop, semantic: SemanticModel) -> bool | None:
    """True for `range(n)` or a `while` with a comparison, False for endless loops, None for
    loops that are not retry-shaped (a `for` over items)."""
    if isinstance(loop, ast.While):
        value = semantic.literal_value(loop.test)
        if isinstance(value, bool | int) and value:
            return False
        return any(isinstance(n, ast.Compare) for n in ast.walk(loop.test))
    if isinstance(loop.iter, ast.Call):
        callee = semantic.qualified_name(loop.iter.func)
        if callee in _COUNTERS:
            return True
        if callee in _ENDLESS:
            return False
    return None


def _loop_names(loop: Loop) -> frozenset[str]:
    if isinstance(loop, ast.While):
        return frozenset()
    return frozenset(n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name))


def _is_retry_try(stmt: ast.stmt, loop: Loop, counter: frozenset[str], sem: SemanticModel) -> bool:
    if not isinstance(stmt, ast.Try | ast.TryStar) or not stmt.handlers:
        return False
    before = loop.body[: loop.body.index(stmt)]
    if counter and any(
        isinstance(n, ast.Name) and n.id in counter for s in stmt.body + before for n in ast.walk(s)
    ):
        return False  # `for i in range(100): try: mkdir(f"{name}-{i}")`: trying candidates
    retrying = [h for h in stmt.handlers if _goes_round(h) and _transient(h, sem)]
    if not retrying or any(_suspends(h) or _restarts(h, sem) for h in retrying):
        return False
    if _changes_what_is_tried(stmt, loop):
        return False
    return (
        _exits(stmt.body + stmt.orelse) or _sets_test_flag(stmt, loop) or _exits_after(stmt, loop)
    )


def _suspends(handler: ast.ExceptHandler) -> bool:
    """`except BlockingIOError: yield` or `await self._wait_until_readable()`: a coroutine
    waiting for readiness, not a retry."""
    for node in own_nodes(handler.body):
        if isinstance(node, ast.Yield | ast.YieldFrom):
            return True
        if isinstance(node, ast.Await) and isinstance(node.value, ast.Call):
            func = node.value.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if "wait" in name.lower():
                return True
    return False


def _restarts(handler: ast.ExceptHandler, semantic: SemanticModel) -> bool:
    """`if exc.errno != errno.EINTR: raise`: restarting an interrupted system call."""
    return any(
        isinstance(n, ast.Attribute) and semantic.qualified_name(n) in RESTART_ERRNOS
        for n in own_nodes(handler.body)
    )


def _changes_what_is_tried(stmt: ast.Try | ast.TryStar, loop: Loop) -> bool:
    """Outside the `try` body, the loop assigns (not `+=`) something the `try` body reads: a new
    candidate key (`self._session_key = new_key()`), the next item (`name = items.pop()`), a
    smaller argument (`groups[:] = groups[:-1]`). Each attempt tries something different."""
    read = {n.id for s in stmt.body for n in ast.walk(s) if isinstance(n, ast.Name)}
    inside = {id(n) for s in stmt.body + stmt.orelse for n in ast.walk(s)}
    for node in own_nodes(loop.body):
        if not isinstance(node, ast.Assign) or id(node) in inside:
            continue
        for target in node.targets:
            for base in _target_bases(target):
                if base in read:
                    return True
    return False


def _target_bases(target: ast.expr) -> Iterator[str]:
    """`x`, `x.y`, `x[i]`, `(a, b)` -> the names whose object is assigned to."""
    if isinstance(target, ast.Tuple | ast.List):
        for element in target.elts:
            yield from _target_bases(element)
        return
    while isinstance(target, ast.Attribute | ast.Subscript | ast.Starred):
        target = target.value
    if isinstance(target, ast.Name):
        yield target.id


def _goes_round(handler: ast.ExceptHandler) -> bool:
    return not _terminates(handler.body)


def _terminates(body: list[ast.stmt]) -> bool:
    """The block always leaves the loop (`raise`, `return`, `break`), on every branch."""
    if not body:
        return False
    last = body[-1]
    if isinstance(last, ast.Raise | ast.Return | ast.Break):
        return True
    if isinstance(last, ast.If):
        return _terminates(last.body) and _terminates(last.orelse)
    if isinstance(last, ast.With | ast.AsyncWith):
        return _terminates(last.body)
    return False


def _transient(handler: ast.ExceptHandler, semantic: SemanticModel) -> bool:
    """False when the handler catches only 'try another candidate' exceptions."""
    if handler.type is None:
        return True
    types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    names = []
    for kind in types:
        qualified = semantic.qualified_name(kind) or ast.unparse(kind)
        names.append(qualified.rsplit(".", 1)[-1])
    return not all(name in NON_TRANSIENT_EXCEPTIONS for name in names)


def _exits(body: list[ast.stmt]) -> bool:
    return any(isinstance(n, ast.Break | ast.Return) for n in own_nodes(body))


def _exits_after(stmt: ast.stmt, loop: Loop) -> bool:
    """`try: ... except E: sleep(); continue` followed by `break` in the loop body."""
    index = loop.body.index(stmt)
    return any(isinstance(s, ast.Break | ast.Return) for s in loop.body[index + 1 :])


def _sets_test_flag(stmt: ast.Try | ast.TryStar, loop: Loop) -> bool:
    if not isinstance(loop, ast.While):
        return False
    tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
    return any(
        isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) and n.id in tested
        for n in own_nodes(stmt.body + stmt.orelse)
    )


def _handler_exits(loop: Loop) -> bool:
    """A `raise`, `return` or `break` outside the success path of the loop's `try` statements
    (in a handler, or in an `if attempts > 5: raise` around them): the loop gives up."""
    success = {
        id(node)
        for stmt in loop.body
        if isinstance(stmt, ast.Try | ast.TryStar)
        for node in own_nodes(stmt.body + stmt.orelse)
    }
    success.update(id(stmt) for stmt in loop.body if isinstance(stmt, ast.Break | ast.Return))
    return any(
        isinstance(node, ast.Raise | ast.Return | ast.Break) and id(node) not in success
        for node in own_nodes(loop.body)
    )


def _grown_names(loop: Loop) -> frozenset[str]:
    """Names that change inside the loop from their own value: `delay *= 2`,
    `delay = min(delay * 2, 30)`, `attempt += 1`."""
    names: set[str] = set()
    for node in own_nodes(loop.body):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            names.update(t.id for t in node.targets if isinstance(t, ast.Name) and t.id in reads)
    return frozenset(names)


def _delegates_backoff(loop: Loop) -> bool:
    """A call in the loop handed a backoff policy: `reconnect(interval_step=..., ...)`."""
    for node in own_nodes(loop.body):
        if isinstance(node, ast.Call):
            names = [k.arg for k in node.keywords if k.arg]
            names += [a.id for a in node.args if isinstance(a, ast.Name)]
            if any(part in name.lower() for name in names for part in BACKOFF_NAME_PARTS):
                return True
    return False


def _local_values(loop: Loop) -> dict[str, list[ast.expr]]:
    """`name -> values` for the plain assignments in the loop body (`wait = backoff(n) / 1000`)."""
    values: dict[str, list[ast.expr]] = {}
    for node in own_nodes(loop.body):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    values.setdefault(target.id, []).append(node.value)
    return values


def _grows(
    sleep: ast.Call,
    changing: frozenset[str],
    local: dict[str, list[ast.expr]],
    semantic: SemanticModel,
) -> bool:
    expressions = [*sleep.args, *(k.value for k in sleep.keywords)]
    seen: set[str] = set()
    while expressions:
        arg = expressions.pop()
        for node in ast.walk(arg):
            if isinstance(node, ast.Name) and node.id not in seen and len(seen) < 8:
                seen.add(node.id)
                values = local.get(node.id) or semantic.assigned_values(node) or []
                expressions.extend(v for v in values if v is not None)
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow | ast.LShift):
                return True
            if isinstance(node, ast.Name) and node.id in changing:
                return True
            if isinstance(node, ast.Name | ast.Attribute) and _backoff_name(node):
                return True
            if isinstance(node, ast.Call):
                callee = semantic.qualified_name(node.func) or ""
                if callee.startswith(JITTER_MODULES):
                    return True
    return False


def _backoff_name(node: ast.Name | ast.Attribute) -> bool:
    name = (node.id if isinstance(node, ast.Name) else node.attr).lower()
    return any(part in name for part in BACKOFF_NAME_PARTS)
