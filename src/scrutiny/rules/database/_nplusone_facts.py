"""Per-file facts of the N+1 rules (DB101, DB106): picklable, joined across files in `finish`.

Not a rule (it defines no `RULE`). The extraction (`_nplusone_extract.py`) reduces a file to:

* `Loop`s over a queryset (`for`, comprehensions, `map`) with what the body does to each row;
* `FunctionFact`s: per function, what it does to each parameter used as an instance (a model
  method reading `self.customer`, a helper reading `order.customer.name`) or as a collection (a
  helper looping over its `orders` parameter), and which queryset it returns;
* `Pass`es: calls handing a queryset to a function (the helper loops over it elsewhere);
* DRF serializers and their use on querysets (`many=True`), class-based views, and `render()`
  contexts naming template files.

Instances are followed by attribute *paths* (`("customer", "address", "city")`); the project
phase walks them over the model graph (`scrutiny.orm.index.OrmIndex`).
"""

from __future__ import annotations

from dataclasses import dataclass

from scrutiny.finding import Location
from scrutiny.frameworks.orm_apis import DJANGO_SINGLE_METHODS
from scrutiny.orm.querysets import QuerySetShape
from scrutiny.orm.schema import ModelFacts
from scrutiny.semantic.project import Site

BASE = "<base>"


def is_single(shape: QuerySetShape) -> bool:
    """One object (`get()`, `first()`, `get_object_or_404()`), not a collection of rows."""
    return shape.single or bool(shape.methods and shape.methods[-1] in DJANGO_SINGLE_METHODS)


@dataclass(frozen=True)
class Access:
    """An attribute path read from an instance, with the manager method called at its end."""

    path: tuple[str, ...]  # ("customer", "name"); ("lines", "all") for `o.lines.all()`
    site: Location
    anchor: Site | None = None  # `o.lines.filter(...)`: the call, where DB106 reports
    # under `if <flag>:` where `flag` is a parameter defaulting to a false constant
    guard: str | None = None


@dataclass(frozen=True)
class Handoff:
    """An instance (or a path of it) passed to a function, which then uses it."""

    callee: str  # qualified name, as far as it resolves; "<member>" for `o.method()`
    position: int  # positional index in the call (0-based, after `self` for methods); -1: keyword
    keyword: str | None
    prefix: tuple[str, ...]  # ("customer",) for `fmt(o.customer)`; () for `fmt(o)`
    elements: bool  # True: the callee receives a collection of such instances
    site: Location
    keywords: tuple[str, ...] = ()  # the keyword arguments the call passes
    positional: int = 0  # how many positional arguments it passes
    guard: str | None = None  # as for `Access.guard`


@dataclass(frozen=True)
class Usage:
    """Everything a piece of code does with one instance."""

    accesses: tuple[Access, ...] = ()
    handoffs: tuple[Handoff, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.accesses or self.handoffs)


@dataclass(frozen=True)
class Source:
    """Where the rows of a loop come from: a queryset built here, or a function's return value."""

    shape: QuerySetShape | None  # the chain, when it is built in this file
    # else the project function returning it (qualified name); BASE for a chain on
    # `super().get_queryset()` or `self` inside a manager or QuerySet class
    call: str | None
    extra_eager: frozenset[str]  # `helper().prefetch_related("x")`: added after the call
    rows_only: bool  # `.values()` after the call: no instances
    site: Site  # where the queryset expression is
    # the rows are a relation of one object (`order.lines.all()` after `get_object_or_404`):
    # the relation path from the shape's single object
    through: tuple[str, ...] = ()
    # custom manager / QuerySet methods applied to the shape (`Order.shipped.open()`)
    custom: tuple[str, ...] = ()


@dataclass(frozen=True)
class Loop:
    site: Site  # the loop (anchor of the finding)
    source: Source
    usage: Usage
    kind: str  # "loop" | "comprehension" | "map"
    request_path: bool  # inside a view / endpoint


@dataclass(frozen=True)
class FunctionFact:
    qualname: str
    params: tuple[str, ...]
    instance: tuple[tuple[int, Usage], ...]  # parameter index -> its use as an instance
    elements: tuple[tuple[int, Usage, Site], ...]  # parameter index -> use of its elements, loop
    returns: Source | None
    request_path: bool
    is_method: bool  # params[0] is `self` (model methods and properties)


@dataclass(frozen=True)
class Pass:
    """A call handing a queryset to a function (`render_rows(Order.objects.all())`)."""

    callee: str
    position: int
    keyword: str | None
    source: Source
    site: Site
    request_path: bool


@dataclass(frozen=True)
class SerializerField:
    name: str
    path: tuple[str, ...]  # the attribute path it reads (`source="a.b"` or its own name)
    nested: str | None  # qualified name of a nested serializer class
    many: bool
    method: Usage | None  # SerializerMethodField: what `get_<name>(obj)` does with `obj`
    site: Location


@dataclass(frozen=True)
class SerializerFact:
    qualname: str
    bases: tuple[str, ...]
    model: str | None  # Meta.model, qualified
    fields: tuple[SerializerField, ...]
    meta_fields: tuple[str, ...]  # Meta.fields names (ModelSerializer builds relation fields)
    site: Location


@dataclass(frozen=True)
class SerializerUse:
    """`OrderSerializer(qs, many=True)`: every row of the queryset goes through the serializer."""

    serializer: str
    source: Source
    site: Site


@dataclass(frozen=True)
class ViewFact:
    """A class-based view: its queryset, serializer and template, decided with its ancestry."""

    qualname: str
    bases: tuple[str, ...]
    queryset: Source | None  # `queryset = ...` or what `get_queryset()` returns
    model: str | None  # `model = Order`
    serializer: str | None  # `serializer_class`
    template: str | None  # `template_name`
    context_name: str | None  # `context_object_name`
    site: Site


@dataclass(frozen=True)
class Render:
    """`render(request, "shop/orders.html", {"orders": qs})`: a queryset reaching a template."""

    template: str
    variable: str
    source: Source
    site: Site


@dataclass(frozen=True)
class FileFacts:
    models: tuple[ModelFacts, ...]
    loops: tuple[Loop, ...] = ()
    functions: tuple[FunctionFact, ...] = ()
    passes: tuple[Pass, ...] = ()
    serializers: tuple[SerializerFact, ...] = ()
    serializer_uses: tuple[SerializerUse, ...] = ()
    views: tuple[ViewFact, ...] = ()
    renders: tuple[Render, ...] = ()
