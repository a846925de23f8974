"""Per-file facts of the loop and evaluation rules (DB102-DB105): picklable, joined in `finish`.

Not a rule (it defines no `RULE`). The extraction (`_loops_extract.py`) reduces a file to:

* `DbOp`s: calls that run a query (`Author.objects.get()`, `session.get(User, id)`) or write a
  row (`book.save()`, `Model.objects.create()`, `session.commit()` after `add`), each with the
  loop it runs in, if any;
* `FunctionOps`: per function, the queries it issues itself, for helpers called from loops;
* `LoopCall`s: calls inside a loop to functions that may be project helpers or model methods;
* `Unbounded` results in request handlers and `ListView`/DRF classes without pagination (DB104);
* `Wasteful` evaluations: `len(qs)`, `if qs:`, `list(qs)[0]`, whole rows read for one column.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from scrutiny.orm.schema import ModelFacts
from scrutiny.semantic.project import Site

OpKind = Literal["query", "save"]


@dataclass(frozen=True)
class Loop:
    """The loop a call runs in: its header line and how it reads (`for book in books`)."""

    site: Site
    header: str
    model: str | None  # the model of the rows it iterates, when it iterates a queryset
    deliberate: bool = False  # a sibling branch writes in bulk: the per-row path is a choice


@dataclass(frozen=True)
class DbOp:
    """A call that runs a query or writes rows."""

    kind: OpKind
    site: Site
    what: str  # how the call reads: "`Author.objects.get()`"
    method: str  # "get", "count", "save", "commit", ...
    model: str | None  # the model class as resolved in the file (symbolic)
    verified: bool  # the API alone proves a database call (`.objects`, a SQLAlchemy session)
    fix: str
    loop: Loop | None
    invariant: bool = False  # inside a loop, depends on nothing the loop binds
    request: bool = False  # in a request handler
    manager: str | None = None  # Django manager the chain starts from (checked when unverified)
    relation: tuple[str, str] | None = None  # `self.<relation>` in a method: (class, accessor)


@dataclass(frozen=True)
class LoopCall:
    """A call inside a loop to something that may issue queries elsewhere."""

    callee: str  # qualified name as far as it resolves; "<model>.method" for row methods
    label: str  # how the call reads: "price_for()"
    site: Site
    loop: Loop
    member_of: str | None = None  # a method called on the loop's row: the row's model
    request: bool = False
    row_arguments: tuple[int, ...] = ()  # positions of arguments that are the loop's row


@dataclass(frozen=True)
class FunctionOps:
    """The queries a function issues itself (not through its callees), and the rows it writes."""

    qualname: str
    queries: tuple[DbOp, ...]
    cached: bool  # memoized (`lru_cache`, `cached_property`): at most one query per argument
    saves: tuple[DbOp, ...] = ()  # rows it writes itself (`param.save()`, `objects.create()`)
    # `entry.save()` on a parameter: (its position after `self`, the save)
    parameter_saves: tuple[tuple[int, DbOp], ...] = ()


@dataclass(frozen=True)
class Unbounded:
    """A request path returning every row of a table (DB104)."""

    site: Site
    what: str
    model: str | None
    verified: bool
    fix: str
    trace_note: str
    manager: str | None = None


@dataclass(frozen=True)
class ListClass:
    """A `ListView` / DRF list view or viewset: paginated unless nothing sets pagination."""

    qualname: str
    site: Site
    bases: tuple[str, ...]
    attributes: frozenset[str]  # class attributes it assigns (`paginate_by`, `pagination_class`)
    unpaginated: frozenset[str]  # of those, the ones assigned None / 0 / ()
    queryset: str | None  # how its `queryset`/`model` reads, for the message
    queryset_line: int
    sliced: bool  # its queryset is sliced (`[:50]`)
    overrides_list: bool  # defines `list()` / `get()` / `get_queryset()` that slice or paginate


@dataclass(frozen=True)
class Wasteful:
    """An evaluation that fetches rows where a cheaper query serves (DB105)."""

    site: Site
    message: str
    fix: str
    model: str | None
    verified: bool
    column_reads: tuple[str, ...] = ()  # whole rows read for these columns only
    manager: str | None = None


@dataclass(frozen=True)
class LoopFileFacts:
    module: str
    models: tuple[ModelFacts, ...]
    ops: tuple[DbOp, ...]
    functions: tuple[FunctionOps, ...]
    loop_calls: tuple[LoopCall, ...]
    unbounded: tuple[Unbounded, ...]
    list_classes: tuple[ListClass, ...]
    wasteful: tuple[Wasteful, ...]
    default_pagination: bool  # the module sets REST_FRAMEWORK["DEFAULT_PAGINATION_CLASS"]

    def part(self, *kinds: str) -> LoopFileFacts | None:
        """Only what one rule needs (`"queries"`, `"saves"`, `"lists"`, `"wasteful"`), so each
        rule's facts stay small; None when there is nothing for it."""
        ops = tuple(
            op
            for op in self.ops
            if ("queries" in kinds and op.kind == "query")
            or ("saves" in kinds and op.kind == "save")
        )
        part = replace(
            self,
            ops=ops,
            functions=self.functions if {"queries", "saves"} & set(kinds) else (),
            loop_calls=self.loop_calls if {"queries", "saves"} & set(kinds) else (),
            unbounded=self.unbounded if "lists" in kinds else (),
            list_classes=self.list_classes if "lists" in kinds else (),
            default_pagination=self.default_pagination and "lists" in kinds,
            wasteful=self.wasteful if "wasteful" in kinds else (),
        )
        return part if part else None

    def __bool__(self) -> bool:
        return bool(
            self.models
            or self.ops
            or self.functions
            or self.loop_calls
            or self.unbounded
            or self.list_classes
            or self.wasteful
            or self.default_pagination
        )
