"""From `async def` functions to blocking operations, directly or through sync helpers in any file.

Not a rule (it defines no `RULE`). ASY102 and ASY103 extract, per file, the blocking operations
(`Op`) each function performs; `reaches` then walks the project's call graph from every
`async def` the way ASY101 does: a call to a synchronous project function that is not awaited nor
handed to a thread, and that leads (through more such calls) to an operation, is a `Reach`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from scrutiny.finding import Severity, Step
from scrutiny.frameworks.blocking import OFFLOADERS
from scrutiny.semantic.project import CallInfo, FunctionInfo, ProjectIndex, Site

MAX_DEPTH = 12


@dataclass(frozen=True)
class Op:
    """A blocking operation in a function: where it is, what it does, and what to do instead."""

    site: Site
    label: str  # how the code reads: "Book.objects.filter(...).count()"
    what: str  # "runs a synchronous Django query"
    fix: str  # "await Book.objects.filter(...).acount()"
    requires: str = ""  # a symbolic condition the project phase checks (see the rule)
    severity: Severity | None = None


Ops = Mapping[str, tuple[Op, ...]]  # function qualname -> its operations


@dataclass(frozen=True)
class Reach:
    """An `async def` calls `helper`, which leads to `op` through `steps`."""

    call: CallInfo
    helper: FunctionInfo
    name: str  # the helper as the call reads (`LedgerClient` rather than `__init__`)
    steps: tuple[Step, ...]
    op: Op

    def call_step(self, caller: str) -> Step:
        return Step(self.call.site.location, f"`async def {caller}` calls `{self.name}()`")


@dataclass
class Walker:
    """The search over one project, memoized across every `async def` it starts from."""

    index: ProjectIndex
    ops: Ops
    stop_decorators: frozenset[str] = frozenset()  # helpers decorated so are not followed
    _memo: dict[str, tuple[tuple[Step, ...], Op] | None] | None = None

    def reaches(self, function: FunctionInfo) -> Iterator[Reach]:
        for call in function.calls:
            if call.awaited:
                continue
            helper = self._callee(call.callee)
            if helper is None or not self._follow(helper):
                continue
            found = self._path(helper)
            if found is not None:
                yield Reach(call, helper, label(helper, call.callee), *found)

    def _follow(self, function: FunctionInfo) -> bool:
        if function.is_async:
            return False
        return not any(d in OFFLOADERS or d in self.stop_decorators for d in function.decorators)

    def _callee(self, qualname: str) -> FunctionInfo | None:
        """The function a call runs: the function itself, or `__init__` when a class is called."""
        function = self.index.function(qualname)
        if function is None and self.index.resolve(qualname) in self.index.classes:
            function = self.index.function(f"{self.index.resolve(qualname)}.__init__")
        return function

    def _path(self, function: FunctionInfo) -> tuple[tuple[Step, ...], Op] | None:
        """Depth-first, each function once; "no path" is memoized only for complete searches."""
        if self._memo is None:
            self._memo = {}
        search = _Search(set(), False)
        found = self._search(function, search, 0)
        if found is None and not search.truncated:
            self._memo.update(dict.fromkeys(search.visited))
        return found

    def _search(
        self, function: FunctionInfo, search: _Search, depth: int
    ) -> tuple[tuple[Step, ...], Op] | None:
        memo = self._memo if self._memo is not None else {}
        if function.qualname in memo:
            return memo[function.qualname]
        if function.qualname in search.visited:
            return None
        if depth > MAX_DEPTH:
            search.truncated = True
            return None
        search.visited.add(function.qualname)
        caller = label(function)
        found: tuple[tuple[Step, ...], Op] | None = None
        own = self.ops.get(function.qualname, ())
        if own:
            op = own[0]
            found = (
                (Step(op.site.location, f"`{caller}` calls `{op.label}`, which {op.what}"),),
                op,
            )
        else:
            for call in function.calls:
                callee = self._callee(call.callee)
                if call.awaited or callee is None or not self._follow(callee):
                    continue
                deeper = self._search(callee, search, depth + 1)
                if deeper is not None:
                    note = f"`{caller}` calls `{label(callee, call.callee)}()`"
                    found = ((Step(call.site.location, note), *deeper[0]), deeper[1])
                    break
        if found is not None:
            memo[function.qualname] = found
        return found


@dataclass
class _Search:
    visited: set[str]
    truncated: bool


def label(function: FunctionInfo, called: str | None = None) -> str:
    """How the call reads in the source: `LedgerClient` rather than `__init__`."""
    if function.name == "__init__" and function.owner_class:
        return (called or function.owner_class).rsplit(".", 1)[-1]
    return function.name
