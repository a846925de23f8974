"""What the taint engine tracks: where a value's taint comes from, and what it has been cleared for.

A `Taint` names one origin: a concrete source (`request.args["q"]` at a site), a parameter of the
function being analyzed, the return value of a call that only the project phase can resolve, or
an attribute of a class. Symbolic origins are what make per-function summaries possible: the
worker that analyzes a file does not know the rest of the project, so it records "parameter 2
reaches `cursor.execute`" and the project phase substitutes what callers really pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import TypeVar

from scrutiny.finding import Step

_C = TypeVar("_C", bound=type)


def compact(cls: _C) -> _C:
    """Pickle instances of a dataclass as the class and its field values, without field names:
    summaries travel from the workers to the parent by the ten thousand.

    The engine's labels and summaries are never changed once made. They are not `frozen`
    because a frozen dataclass is several times slower to create (and to unpickle), and the
    interpreter makes a great many of them: `slots=True, unsafe_hash=True` keeps them hashable
    by value."""
    names = [f.name for f in fields(cls)]
    get = attrgetter(*names)
    # `attrgetter` of one name returns the value itself, of several a tuple
    values = get if len(names) > 1 else lambda self: (get(self),)

    def reduce(self: object) -> tuple[type, tuple[object, ...]]:
        return (cls, values(self))

    cls.__reduce__ = reduce  # type: ignore[method-assign, assignment]
    return cls


ALL_KINDS = frozenset({"*"})  # cleared for every sink kind (e.g. after `int(...)`)


@compact
@dataclass(slots=True, unsafe_hash=True)
class Source:
    kind: str  # "remote"
    what: str  # `request.args["q"]`
    route: str = ""  # a view whose parameters are sources only if a URLconf routes to it
    parameter: str = ""  # which of its parameters (a converter of the route may make it safe)
    declared: str = ""  # the parameter's declared class: an `Enum` of the project converts it


@compact
@dataclass(slots=True, unsafe_hash=True)
class Param:
    function: str  # qualified name
    index: int
    name: str


@compact
@dataclass(slots=True, unsafe_hash=True)
class CallResult:
    function: str  # the function in which the call is made
    call: int  # index into that function's call table


@compact
@dataclass(slots=True, unsafe_hash=True)
class ClassAttr:
    owner: str  # qualified class name
    attr: str


@compact
@dataclass(slots=True, unsafe_hash=True)
class Member:
    """An attribute of what a call returned: `query.table` after `query = Query(...)`. When the
    call creates an instance of a project class, that is what the class stores in `self.table`;
    otherwise it is as tainted as the call's result."""

    function: str
    call: int
    attr: str


Origin = Source | Param | CallResult | ClassAttr | Member


@compact
@dataclass(slots=True, unsafe_hash=True)
class Taint:
    origin: Origin
    cleared: frozenset[str] = frozenset()  # sink kinds this value has been sanitized for
    steps: tuple[Step, ...] = field(default=(), compare=False)

    def is_cleared_for(self, kind: str) -> bool:
        return "*" in self.cleared or kind in self.cleared

    def key(self) -> tuple[Origin, frozenset[str]]:
        return (self.origin, self.cleared)

    def then(self, step: Step | None) -> Taint:
        if step is None:
            return self
        return Taint(self.origin, self.cleared, (*self.steps, step))

    def clear(self, kinds: frozenset[str]) -> Taint:
        return Taint(self.origin, self.cleared | kinds, self.steps)


Taints = tuple[Taint, ...]
MAX_TAINTS = 24  # per value; beyond this the rarest origins are dropped (keeps summaries small)


def merge(*groups: Iterable[Taint]) -> Taints:
    """Union of taints, one per (origin, cleared), keeping the shortest trace for each."""
    if len(groups) > 1:  # the common case: at most one of several values is tainted
        single: Iterable[Taint] | None = None
        for group in groups:
            if group:
                if single is not None:
                    break
                single = group
        else:
            if single is None:
                return ()
            if isinstance(single, tuple):
                return single  # a value's taints: already one per (origin, cleared)
    best: dict[tuple[Origin, frozenset[str]], Taint] = {}
    for group in groups:
        for taint in group:
            key = (taint.origin, taint.cleared)
            current = best.get(key)
            if current is None or len(taint.steps) < len(current.steps):
                best[key] = taint
    if len(best) > MAX_TAINTS:
        ordered = sorted(
            best.values(), key=lambda t: (not isinstance(t.origin, Source), len(t.steps))
        )
        return tuple(ordered[:MAX_TAINTS])
    return tuple(best.values())


def add_step(taints: Iterable[Taint], step: Step | None) -> Taints:
    return tuple(t.then(step) for t in taints)


def clear(taints: Iterable[Taint], kinds: frozenset[str]) -> Taints:
    return tuple(t.clear(kinds) for t in taints)
