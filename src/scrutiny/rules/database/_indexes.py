"""Where a file's queries filter and sort: the per-file facts of DB201 (missing-index).

Each query chain (`Book.objects.filter(...).order_by(...)`, `select(Order).where(...)`,
`session.query(Order).filter_by(...)`) is read once, from its outermost call, into an `IndexUse`:
the model it starts from (symbolic, checked against the OrmIndex in the project phase) and every
column condition and sort key, with the site to report at. Conditions of the assignments a local
name comes from (`qs = Book.objects.filter(a=1)` ... `qs.filter(b=2)`) are carried along as
`inherited`, so a composite index on (a, b) counts.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, replace

from scrutiny.context import FileContext
from scrutiny.frameworks import orm_apis as api
from scrutiny.orm.extract import may_use_orm, model_facts
from scrutiny.orm.querysets import QuerySetShape, queryset_shape, reaching_assignments
from scrutiny.orm.schema import ModelFacts
from scrutiny.semantic.model import SemanticModel
from scrutiny.semantic.project import Site

_LOOKUP_METHODS = api.DJANGO_LOOKUP_KWARG_METHODS | api.DJANGO_ORDERING_METHODS
_SQLA_METHODS = (
    api.SQLALCHEMY_WHERE_METHODS | {api.SQLALCHEMY_FILTER_BY} | api.SQLALCHEMY_ORDER_METHODS
)
_ALL_METHODS = _LOOKUP_METHODS | _SQLA_METHODS
_COMPARISONS = (ast.Eq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.In)
_INDEXABLE_COLUMN_METHODS = frozenset({"in_", "between", "__eq__", "startswith"})
_MAX_DEPTH = 6


@dataclass(frozen=True)
class Term:
    """One column condition or sort key of a query."""

    model: str  # symbolic qualname of the model the path starts from
    path: str  # Django lookup path ("author__name__iexact") / SQLAlchemy attribute ("status")
    role: str  # "filter" | "order" | "exclude"
    site: Site
    method: str = ""  # the call the term is in ("filter", "where", "latest"...)
    equality: bool = True  # SQLAlchemy: `==` / `in_()` (Django: read from the lookup path)


@dataclass(frozen=True)
class IndexUse:
    framework: str
    method: str  # the call the first term is in ("filter", "where", "order_by"...)
    terms: tuple[Term, ...]  # conditions and sort keys of this chain
    inherited: tuple[Term, ...]  # conditions from the assignments the chain continues
    bounded: bool = False  # sliced / limited / one row: a sort can stop early with an index
    opaque: bool = False  # some condition is not readable (`filter(q)`, `**filters`)
    manager: str | None = None  # the Django manager the chain starts from ("objects")


@dataclass(frozen=True)
class IndexFacts:
    models: tuple[ModelFacts, ...]
    uses: tuple[IndexUse, ...]


def index_facts(file: FileContext) -> IndexFacts | None:
    models = model_facts(file)
    if "migrations" in file.path.split("/"):
        return IndexFacts(models, ()) if models else None
    uses = tuple(_uses(file)) if _may_query(file) else ()
    if not models and not uses:
        return None
    return IndexFacts(models, uses)


def _may_query(file: FileContext) -> bool:
    if may_use_orm(file) or _imports_shortcut(file):
        return True
    return any(".objects" in line or ".query" in line for line in file.lines)


def _imports_shortcut(file: FileContext) -> bool:
    """`from django.shortcuts import get_object_or_404`: lookups without `.objects` in sight."""
    return any(
        binding.kind == "import" and binding.target in api.DJANGO_SHORTCUTS_GET
        for bindings in file.semantic.bindings.get(file.tree, {}).values()
        for binding in bindings
    )


def _uses(file: FileContext) -> Iterator[IndexUse]:
    semantic = file.semantic
    seen: set[int] = set()
    for calls in semantic.calls.values():
        for call in calls:
            func = call.func
            if isinstance(func, ast.Name):
                if semantic.qualified_name(func) not in api.DJANGO_SHORTCUTS_GET:
                    continue
            elif not isinstance(func, ast.Attribute) or func.attr not in _ALL_METHODS:
                continue
            top = _outermost(semantic, call)
            if id(top) in seen:
                continue
            seen.add(id(top))
            use = _Chain(file).read(top)
            if use is not None:
                yield use


def _outermost(semantic: SemanticModel, node: ast.expr) -> ast.expr:
    current = node
    while True:
        parent = semantic.parent(current)
        if isinstance(parent, ast.Attribute):
            grand = semantic.parent(parent)
            if isinstance(grand, ast.Call) and grand.func is parent:
                current = grand
                continue
        if isinstance(parent, ast.Subscript) and parent.value is current:
            current = parent
            continue
        if isinstance(parent, ast.Await):
            current = parent
            continue
        return current


class _Chain:
    def __init__(self, file: FileContext) -> None:
        self.file = file
        self.semantic = file.semantic

    def read(self, top: ast.expr) -> IndexUse | None:
        self.opaque = False
        self.bounded = False
        self.manager: str | None = None
        terms, framework, method = self._terms(top)
        if not terms or framework is None:
            return None
        inherited = tuple(self._inherited(top, 0))
        shape = queryset_shape(self.file, top)
        bounded = self.bounded or (shape is not None and (shape.sliced or shape.single))
        return IndexUse(
            framework, method, tuple(terms), inherited, bounded, self.opaque, self.manager
        )

    def _terms(self, top: ast.expr) -> tuple[list[Term], str | None, str]:
        terms: list[Term] = []
        framework: str | None = None
        first_method = ""
        for call in _calls(top):
            func = call.func
            assert isinstance(func, ast.Attribute)
            if func.attr not in _ALL_METHODS:
                continue
            shape = queryset_shape(self.file, func.value)
            if shape is None:
                continue
            self.manager = self.manager or shape.manager
            if func.attr in api.DJANGO_SINGLE_METHODS or _is_bounded_parent(self.semantic, call):
                self.bounded = True
            self.opaque = self.opaque or self._is_opaque(shape, func.attr, call)
            found = [replace(t, method=func.attr) for t in self._call_terms(shape, func.attr, call)]
            if found:
                framework = shape.framework
                first_method = first_method or func.attr
                terms.extend(found)
        for shortcut in self._shortcuts(top):
            terms.extend(shortcut)
            framework = framework or "django"
            first_method = first_method or _tail(top)
        return terms, framework, first_method

    def _shortcuts(self, top: ast.expr) -> Iterator[list[Term]]:
        """`get_object_or_404(Book, slug=slug)`: lookups on the model or queryset given."""
        if not isinstance(top, ast.Call) or not top.args:
            return
        if self.semantic.qualified_name(top.func) not in api.DJANGO_SHORTCUTS_GET:
            return
        shape = queryset_shape(self.file, top.args[0]) or _bare(self.semantic, top.args[0])
        if shape is not None and shape.framework == "django":
            method = _tail(top)
            yield [replace(t, method=method) for t in self._django_kwargs(shape.model, top)]

    def _is_opaque(self, shape: QuerySetShape, method: str, call: ast.Call) -> bool:
        """Conditions the reader cannot see: `filter(q)`, `filter(**filters)`, `where(clause)`."""
        if any(k.arg is None for k in call.keywords):
            return True
        if shape.framework == "django":
            return (
                any(
                    not (
                        isinstance(a, ast.Call)
                        and self.semantic.qualified_name(a.func) in api.DJANGO_Q
                    )
                    for a in call.args
                )
                and method in api.DJANGO_LOOKUP_KWARG_METHODS
            )
        return method in api.SQLALCHEMY_WHERE_METHODS and any(
            not isinstance(a, ast.Compare | ast.Call | ast.BoolOp) for a in call.args
        )

    def _call_terms(self, shape: QuerySetShape, method: str, call: ast.Call) -> Iterator[Term]:
        if shape.framework == "django":
            if method == "exclude":
                role = "exclude"  # NOT (...): an index rarely serves a negated condition
                yield from (replace(t, role=role) for t in self._django_kwargs(shape.model, call))
            elif method in api.DJANGO_LOOKUP_KWARG_METHODS:
                yield from self._django_kwargs(shape.model, call)
            elif method in api.DJANGO_ORDERING_METHODS and call.args:
                first = call.args[0]  # an index on the first sort key serves the sort
                text = _str(first)
                if text and text != "?" and "." not in text:
                    yield Term(shape.model, text.lstrip("-+"), "order", self._site(first))
            return
        if method == api.SQLALCHEMY_FILTER_BY:
            if any(m in ("join", "outerjoin", "join_from") for m in shape.methods):
                return  # filter_by() applies to the last joined entity, not the first
            for keyword in call.keywords:
                if keyword.arg is not None:
                    yield Term(shape.model, keyword.arg, "filter", self._site(keyword))
        elif method in api.SQLALCHEMY_WHERE_METHODS:
            for arg in call.args:
                yield from self._sqla_conditions(arg, 0)
        elif method in api.SQLALCHEMY_ORDER_METHODS and call.args:
            column = self._sqla_order_column(call.args[0])
            if column is not None:
                owner, name = column
                yield Term(owner, name, "order", self._site(call.args[0]))

    def _django_kwargs(self, model: str, call: ast.Call) -> Iterator[Term]:
        for keyword in call.keywords:
            if keyword.arg is not None and keyword.arg not in ("defaults", "create_defaults"):
                yield Term(model, keyword.arg, "filter", self._site(keyword))
        for arg in call.args:
            if isinstance(arg, ast.Call) and self.semantic.qualified_name(arg.func) in api.DJANGO_Q:
                yield from self._django_kwargs(model, arg)

    def _sqla_conditions(self, expr: ast.expr, depth: int) -> Iterator[Term]:
        if depth > _MAX_DEPTH:
            return
        if isinstance(expr, ast.Compare) and len(expr.ops) == 1:
            if isinstance(expr.ops[0], _COMPARISONS):
                column = self._sqla_column(expr.left)
                equality = isinstance(expr.ops[0], ast.Eq | ast.In)
                if column is not None:
                    yield Term(column[0], column[1], "filter", self._site(expr), "", equality)
            return
        if isinstance(expr, ast.Call):
            func = expr.func
            if isinstance(func, ast.Attribute) and func.attr in _INDEXABLE_COLUMN_METHODS:
                column = self._sqla_column(func.value)
                equality = func.attr in ("in_", "__eq__")
                if column is not None:
                    yield Term(column[0], column[1], "filter", self._site(expr), "", equality)
                return
            name = self.semantic.qualified_name(func) or ""
            if name.rpartition(".")[2] in ("and_", "or_"):
                for arg in expr.args:
                    yield from self._sqla_conditions(arg, depth + 1)
        if isinstance(expr, ast.BoolOp):
            for value in expr.values:
                yield from self._sqla_conditions(value, depth + 1)

    def _sqla_column(self, expr: ast.expr) -> tuple[str, str] | None:
        """`Order.status` → ("app.models.Order", "status") when `Order` is a class name."""
        if not isinstance(expr, ast.Attribute) or not isinstance(
            expr.value, ast.Name | ast.Attribute
        ):
            return None
        owner = self.semantic.qualified_name(expr.value)
        if owner is None or not owner.rpartition(".")[2][:1].isupper():
            return None
        return owner, expr.attr

    def _sqla_order_column(self, expr: ast.expr) -> tuple[str, str] | None:
        if isinstance(expr, ast.Call):
            func = expr.func
            if isinstance(func, ast.Attribute) and func.attr in ("desc", "asc") and not expr.args:
                return self._sqla_column(func.value)
            name = self.semantic.qualified_name(func) or ""
            if name.rpartition(".")[2] in ("desc", "asc") and len(expr.args) == 1:
                return self._sqla_column(expr.args[0])
            return None
        return self._sqla_column(expr)

    def _inherited(self, top: ast.expr, depth: int) -> Iterator[Term]:
        """Conditions of the assignments a chain's root name comes from."""
        root = _root(top)
        if not isinstance(root, ast.Name) or depth > _MAX_DEPTH:
            return
        for value in reaching_assignments(self.semantic, root):
            terms, _, _ = self._terms(value)
            yield from (t for t in terms if t.role == "filter")
            yield from self._inherited(value, depth + 1)

    def _site(self, node: ast.AST) -> Site:
        return self.file.site(node)


def _is_bounded_parent(semantic: SemanticModel, call: ast.Call) -> bool:
    """`Model.objects.order_by("-x")[0]`, `...first()` are checked on the chain's shape; this
    catches `latest()` / `earliest()` style single-row methods called on the chain itself."""
    return isinstance(call.func, ast.Attribute) and call.func.attr in ("latest", "earliest")


def _calls(top: ast.expr) -> list[ast.Call]:
    calls: list[ast.Call] = []
    current: ast.expr = top
    while True:
        if isinstance(current, ast.Await | ast.Subscript):
            current = current.value
        elif isinstance(current, ast.Call) and isinstance(current.func, ast.Attribute):
            calls.append(current)
            current = current.func.value
        else:
            break
    calls.reverse()
    return calls


def _tail(expr: ast.expr) -> str:
    func = expr.func if isinstance(expr, ast.Call) else expr
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _root(top: ast.expr) -> ast.expr:
    current: ast.expr = top
    while True:
        if isinstance(current, ast.Await | ast.Subscript):
            current = current.value
        elif isinstance(current, ast.Call) and isinstance(current.func, ast.Attribute):
            current = current.func.value
        else:
            return current


def _bare(semantic: SemanticModel, expr: ast.expr) -> QuerySetShape | None:
    name = semantic.qualified_name(expr)
    if name is None or not name.rpartition(".")[2][:1].isupper():
        return None
    return QuerySetShape(name, "django", frozenset(), False, True, False, expr.lineno, 0)


def _str(expr: ast.expr) -> str | None:
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return expr.value
    return None
