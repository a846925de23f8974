"""# Blocking call inside `async def`

## What it does
Finds calls that block the thread (`time.sleep`, `requests`, `urllib`, `subprocess`, synchronous
database drivers, ...) made from an `async def` function, directly or through synchronous helper
functions anywhere in the project: a view in `orders/views.py` that calls `fetch_rates()` from
`shipping/services/rates.py`, which calls `requests.get`, is reported at the view's call, with the
path through the helpers to the blocking call. Calls that are awaited, or handed to
`asyncio.to_thread`, `sync_to_async`, `run_in_threadpool` and similar, are not reported.

## Why it matters
An event loop runs every request of the process on one thread. A blocking call inside a coroutine
stops *all* of them for as long as it blocks: one slow upstream API turns into latency for every
user, health checks time out, and the server's concurrency collapses to one. The bug hides in
development, where there is only one request at a time.

## Example
```python
# shipping/services/rates.py
def fetch_rates(address):
    return requests.get(RATES_URL, params=address, timeout=5).json()

# orders/views.py
async def checkout(request):
    rates = fetch_rates(request.user.address)   # blocks the event loop
    ...
```

## Use instead
```python
# shipping/services/rates.py
async def fetch_rates(address):
    async with httpx.AsyncClient(timeout=5) as client:
        response = await client.get(RATES_URL, params=address)
    return response.json()

# orders/views.py
async def checkout(request):
    rates = await fetch_rates(request.user.address)
```

## Alternatives and trade-offs
- Rewrite the helper with an async library (`httpx.AsyncClient`, `asyncpg`, `aiofiles`): best
  throughput, but it changes the helper's callers too.
- Keep the helper synchronous and run it in a thread: `await asyncio.to_thread(fetch_rates, a)`,
  `await sync_to_async(fetch_rates)(a)` (Django) or `await run_in_threadpool(fetch_rates, a)`
  (Starlette/FastAPI). Minimal change; costs a thread per concurrent call and the thread pool
  becomes the limit.
- Make the endpoint synchronous (`def`), which FastAPI and Django run in a thread pool for you, if
  it awaits nothing else.

## Libraries
`httpx`, `aiohttp`, `asyncpg`, `psycopg` (async mode), `aiosqlite`, `aiofiles`, `asgiref`,
`anyio`.

## References
- https://docs.python.org/3/library/asyncio-dev.html#running-blocking-code
- https://docs.djangoproject.com/en/stable/topics/async/
- https://fastapi.tiangolo.com/async/
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scrutiny.context import ProjectReporter
from scrutiny.finding import Confidence, Severity, Step
from scrutiny.frameworks.blocking import BLOCKING_CALLS, OFFLOADERS, BlockingCall
from scrutiny.rule import Rule
from scrutiny.semantic.project import FunctionInfo, ProjectIndex

MAX_DEPTH = 12


@dataclass(frozen=True)
class _Path:
    """How a sync function ends up blocking: the chain of calls down to the blocking one."""

    steps: tuple[Step, ...]
    call: BlockingCall


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    memo: dict[str, _Path | None] = {}
    for function in index.iter_functions():
        if not function.is_async:
            continue
        for call in function.calls:
            if call.awaited:
                continue
            direct = BLOCKING_CALLS.get(call.callee)
            if direct is not None:
                reporter.report(
                    call.site,
                    f"`{_short(call.callee)}()` {direct.what} inside `async def "
                    f"{function.name}`; use {direct.instead}",
                    fix=f"use {direct.instead}, or `await asyncio.to_thread(...)`",
                )
                continue
            helper = _callee(index, call.callee)
            if helper is None or helper.is_async or _offloaded(helper):
                continue
            path = _blocking_path(index, helper, memo)
            if path is None:
                continue
            name = _label(helper, call.callee)
            first = Step(call.site.location, f"`async def {function.name}` calls `{name}()`")
            reporter.report(
                call.site,
                f"`{name}()` blocks the event loop inside `async def {function.name}`: "
                f"it reaches `{_short(path.call.qualname)}()`, which {path.call.what}",
                fix=f"make `{name}` async and await it (for `{_short(path.call.qualname)}()`: "
                f"{path.call.instead}), or run it in a thread: "
                f"`await asyncio.to_thread({name}, ...)`",
                trace=(first, *path.steps),
                confidence=Confidence.HIGH if len(path.steps) <= 2 else Confidence.MEDIUM,
            )


def _blocking_path(
    index: ProjectIndex, function: FunctionInfo, memo: dict[str, _Path | None]
) -> _Path | None:
    """The chain of sync calls from `function` down to a blocking call, if there is one.

    A depth-first search that visits each function once. A path found from any function is
    memoized for it; "no path" is memoized only when the whole search found none, because inside
    a search a function's answer can be cut short by recursion (a caller still on the stack).
    """
    search = _Search(set(), False)
    found = _search(index, function, memo, search, 0)
    if found is None and not search.truncated:
        memo.update(dict.fromkeys(search.visited))
    return found


@dataclass
class _Search:
    visited: set[str]
    truncated: bool  # a call chain went deeper than MAX_DEPTH


def _search(
    index: ProjectIndex,
    function: FunctionInfo,
    memo: dict[str, _Path | None],
    search: _Search,
    depth: int,
) -> _Path | None:
    if function.qualname in memo:
        return memo[function.qualname]
    if function.qualname in search.visited:
        return None  # recursion, or already explored in this search
    if depth > MAX_DEPTH:
        search.truncated = True
        return None
    search.visited.add(function.qualname)
    found: _Path | None = None
    caller = _label(function)
    for call in function.calls:
        direct = BLOCKING_CALLS.get(call.callee)
        if direct is not None:
            note = f"`{caller}` calls `{_short(call.callee)}()`"
            found = _Path((Step(call.site.location, note),), direct)
            break
    if found is None:
        for call in function.calls:
            callee = _callee(index, call.callee)
            if callee is None or callee.is_async or _offloaded(callee) or call.awaited:
                continue
            deeper = _search(index, callee, memo, search, depth + 1)
            if deeper is not None:
                note = f"`{caller}` calls `{_label(callee, call.callee)}()`"
                step = Step(call.site.location, note)
                found = _Path((step, *deeper.steps), deeper.call)
                break
    if found is not None:
        memo[function.qualname] = found
    return found


def _callee(index: ProjectIndex, qualname: str) -> FunctionInfo | None:
    """The function a call runs: the function itself, or `__init__` when a class is called."""
    function = index.function(qualname)
    if function is None and index.resolve(qualname) in index.classes:
        function = index.function(f"{index.resolve(qualname)}.__init__")
    return function


def _label(function: FunctionInfo, called: str | None = None) -> str:
    """How the call reads in the source: `LedgerClient` rather than `__init__`."""
    if function.name == "__init__" and function.owner_class:
        return (called or function.owner_class).rsplit(".", 1)[-1]
    return function.name


def _offloaded(function: FunctionInfo) -> bool:
    return any(decorator in OFFLOADERS for decorator in function.decorators)


def _short(qualname: str) -> str:
    return qualname.removeprefix("builtins.")


RULE = Rule(
    code="ASY101",
    name="blocking-call-in-async",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(1050,),
    doc=__doc__ or "",
    finish=finish,
)
