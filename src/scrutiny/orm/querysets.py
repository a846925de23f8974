"""What a queryset or statement expression is, symbolically, within one file.

`queryset_shape(file, expr)` reads a chain such as
`Book.objects.select_related("author").filter(...)`, `select(Order).options(selectinload(
Order.lines))` or `session.query(Order)`, following a local name back to its assignments in the
same function (`qs = qs.filter(...)` re-assignments; across branches the eager paths that every
reaching assignment loads). The model is the qualified name of the class the chain starts from;
the project phase checks it with `OrmIndex.resolve_model`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from scrutiny.context import FileContext
from scrutiny.frameworks import orm_apis as api
from scrutiny.semantic.model import Binding, SemanticModel

_MAX_DEPTH = 12
_SHAPES_KEY = "orm.queryset_shapes"  # FileContext.shared: id(expr) -> shape


@dataclass(frozen=True)
class QuerySetShape:
    model: str  # qualified name of the class it starts from (verify with OrmIndex)
    framework: Literal["django", "sqlalchemy"]
    eager: frozenset[str]  # eager paths, "__"-joined for both ORMs ("author__profile", "lines")
    eager_all: bool  # select_related() with no arguments
    rows: bool  # False after values()/values_list()/column selects (no model instances)
    sliced: bool  # [:n], first(), get(), limit()
    line: int  # where the chain was built (the fix goes there)
    col: int
    single: bool = False  # one object (get(), first(), session.get()), not a collection
    only: frozenset[str] | None = None  # only()/load_only() columns; None = every column
    deferred: frozenset[str] = frozenset()  # defer() columns
    raised: frozenset[str] = frozenset()  # raiseload() paths: access raises, no query
    manager: str | None = None  # Django manager attribute the chain starts from ("objects")
    methods: tuple[str, ...] = ()  # the chain's method names, in call order


def queryset_shape(file: FileContext, expr: ast.expr) -> QuerySetShape | None:
    """The shape of `expr` when it is a Django QuerySet / Manager chain or a SQLAlchemy
    Select / Query / result, else None. Memoized per file: several rules ask about the same
    expressions, and a shape depends only on the file's (immutable) semantic model."""
    shapes = file.shared(_SHAPES_KEY, _new_memo)
    key = id(expr)
    if key in shapes:
        return shapes[key]
    shape = shapes[key] = _Reader(file.semantic).shape(expr, 0)
    return shape


def _new_memo(file: FileContext) -> dict[int, QuerySetShape | None]:
    return {}


def reaching_assignments(semantic: SemanticModel, name: ast.Name) -> list[ast.expr]:
    """The values assigned to the local `name` that reach this use of it ([] when unknown)."""
    bindings = semantic.lookup(name.id, name)
    return _reaching_values(semantic, name, bindings) if bindings else []


def chain_calls(expr: ast.expr) -> list[ast.Call]:
    """The method calls of a chain, innermost first (`A.objects.filter().order_by()` →
    [filter(...), order_by(...)])."""
    calls: list[ast.Call] = []
    current = expr
    while True:
        if isinstance(current, ast.Call) and isinstance(current.func, ast.Attribute):
            calls.append(current)
            current = current.func.value
        elif isinstance(current, ast.Subscript):
            current = current.value
        else:
            break
    calls.reverse()
    return calls


class _Reader:
    def __init__(self, semantic: SemanticModel) -> None:
        self.semantic = semantic

    def shape(self, expr: ast.expr, depth: int) -> QuerySetShape | None:
        if depth > _MAX_DEPTH:
            return None
        if isinstance(expr, ast.Await):
            return self.shape(expr.value, depth + 1)
        if isinstance(expr, ast.Subscript):
            inner = self.shape(expr.value, depth + 1)
            if inner is None:
                return None
            if isinstance(expr.slice, ast.Slice):
                return replace(inner, sliced=True)
            return replace(inner, sliced=True, single=True)
        if isinstance(expr, ast.Name):
            return self._name(expr, depth)
        if isinstance(expr, ast.Attribute):
            return self._manager(expr) or self._model_query(expr)
        if isinstance(expr, ast.Call):
            return self._call(expr, depth)
        return None

    # -- roots --------------------------------------------------------------------------------

    def _class_name(self, expr: ast.expr) -> str | None:
        """The qualified name of `expr` when it looks like a class (`Book`, `models.Book`)."""
        if not isinstance(expr, ast.Name | ast.Attribute):
            return None
        name = self.semantic.qualified_name(expr)
        if name is None or name.startswith("builtins."):
            return None
        tail = name.rpartition(".")[2]
        return name if tail[:1].isupper() else None

    def _manager(self, expr: ast.Attribute) -> QuerySetShape | None:
        """`Book.objects`, `Book.published` (a custom manager), `Book._default_manager`."""
        if expr.attr in api.DJANGO_QUERYSET_METHODS or expr.attr.startswith("__"):
            return None
        model = self._class_name(expr.value)
        if model is None or expr.attr == api.SQLALCHEMY_MODEL_QUERY_ATTRIBUTE:
            return None
        if not expr.attr.islower() and expr.attr not in api.DJANGO_IMPLICIT_MANAGERS:
            return None
        return QuerySetShape(
            model=model,
            framework="django",
            eager=frozenset(),
            eager_all=False,
            rows=True,
            sliced=False,
            line=expr.lineno,
            col=expr.col_offset,
            manager=expr.attr,
        )

    def _model_query(self, expr: ast.Attribute) -> QuerySetShape | None:
        """Flask-SQLAlchemy's `Order.query`."""
        if expr.attr != api.SQLALCHEMY_MODEL_QUERY_ATTRIBUTE:
            return None
        model = self._class_name(expr.value)
        if model is None:
            return None
        return _sqla(model, expr)

    def _name(self, name: ast.Name, depth: int) -> QuerySetShape | None:
        """A local name: the shapes of the assignments that reach this use, merged."""
        bindings = self.semantic.lookup(name.id, name)
        if not bindings:
            return None
        values = _reaching_values(self.semantic, name, bindings)
        if not values:
            return None
        shapes = []
        for value in values:
            shape = self.shape(value, depth + 1)
            if shape is None:
                return None
            shapes.append(shape)
        return _merge(shapes)

    # -- calls --------------------------------------------------------------------------------

    def _call(self, call: ast.Call, depth: int) -> QuerySetShape | None:
        func = call.func
        qualified = self.semantic.qualified_name(func)
        if qualified in api.SQLALCHEMY_SELECT:
            return self._select(call)
        if qualified in api.DJANGO_SHORTCUTS_GET and call.args:
            base = self.shape(call.args[0], depth + 1) or self._bare_model(call.args[0], call)
            if base is None:
                return None
            many = qualified.endswith("list_or_404")
            return _after(base, "filter" if many else "get", call)
        if not isinstance(func, ast.Attribute):
            return None
        method = func.attr
        if method == api.SQLALCHEMY_SESSION_QUERY and call.args:
            return self._session_query(call)
        if method in api.SQLALCHEMY_SESSION_GET and len(call.args) >= 2:
            model = self._class_name(call.args[0])
            if model is not None and self._class_name(func.value) is None:
                return replace(_sqla(model, call), single=True, sliced=True)
        if method in api.SQLALCHEMY_SESSION_RUN and call.args:
            inner = self.shape(call.args[0], depth + 1)
            if inner is not None and inner.framework == "sqlalchemy":
                rows = inner.rows and method in ("scalars", "scalar")
                return replace(
                    inner,
                    rows=rows,
                    single=method == "scalar" or inner.single,
                    methods=(*inner.methods, method),
                )
        base = self.shape(func.value, depth + 1)
        if base is None or base.single:
            return None
        return self._method(base, method, call)

    def _bare_model(self, expr: ast.expr, call: ast.Call) -> QuerySetShape | None:
        model = self._class_name(expr)
        if model is None:
            return None
        return QuerySetShape(
            model,
            "django",
            frozenset(),
            False,
            True,
            False,
            call.lineno,
            call.col_offset,
            manager="objects",
        )

    def _select(self, call: ast.Call) -> QuerySetShape | None:
        if not call.args:
            return None
        model = self._class_name(call.args[0])
        if model is None:
            owner = call.args[0]
            if isinstance(owner, ast.Attribute):
                column_owner = self._class_name(owner.value)
                if column_owner is not None:
                    return replace(_sqla(column_owner, call), rows=False)
            return None
        return replace(_sqla(model, call), rows=len(call.args) == 1)

    def _session_query(self, call: ast.Call) -> QuerySetShape | None:
        model = self._class_name(call.args[0])
        if model is None:
            return None
        return replace(_sqla(model, call), rows=len(call.args) == 1)

    def _method(self, base: QuerySetShape, method: str, call: ast.Call) -> QuerySetShape | None:
        if base.framework == "django":
            return self._django_method(base, method, call)
        return self._sqla_method(base, method, call)

    def _django_method(
        self, base: QuerySetShape, method: str, call: ast.Call
    ) -> QuerySetShape | None:
        if method == "select_related":
            if not call.args and not call.keywords:
                return _after(replace(base, eager_all=True), method, call)
            if any(_is_none(a) for a in call.args):
                return _after(replace(base, eager=frozenset(), eager_all=False), method, call)
            related = _with_prefixes(s for s in (_str(a) for a in call.args) if s)
            return _after(replace(base, eager=base.eager | related), method, call)
        if method == "prefetch_related":
            if any(_is_none(a) for a in call.args):
                return _after(replace(base, eager=frozenset()), method, call)
            paths: set[str] = set()
            for arg in call.args:
                paths |= self._prefetch_paths(arg)
            return _after(replace(base, eager=base.eager | _with_prefixes(paths)), method, call)
        if method in api.DJANGO_ROWLESS_METHODS:
            return _after(replace(base, rows=False), method, call)
        if method == "only":
            names = frozenset(s for s in (_str(a) for a in call.args) if s)
            return _after(replace(base, only=names), method, call)
        if method == "defer":
            names = frozenset(s for s in (_str(a) for a in call.args) if s)
            return _after(replace(base, deferred=base.deferred | names), method, call)
        if method in api.DJANGO_QUERYSET_METHODS:
            return _after(base, method, call)
        if method in api.DJANGO_SINGLE_METHODS:
            return _after(replace(base, single=True, sliced=True), method, call)
        if method == "iterator":
            return _after(base, method, call)
        return None

    def _prefetch_paths(self, arg: ast.expr) -> set[str]:
        text = _str(arg)
        if text is not None:
            return {text}
        if not isinstance(arg, ast.Call):
            return set()
        if self.semantic.qualified_name(arg.func) not in api.DJANGO_PREFETCH:
            return set()
        keywords = {k.arg: k.value for k in arg.keywords if k.arg}
        lookup = _str(arg.args[0]) if arg.args else _str(keywords.get("lookup"))
        if lookup is None:
            return set()
        found = {lookup}
        to_attr = _str(keywords.get("to_attr")) or (
            _str(arg.args[2]) if len(arg.args) > 2 else None
        )
        if to_attr is not None:
            head = lookup.rpartition("__")[0]
            found.add(f"{head}__{to_attr}" if head else to_attr)
        inner_expr = keywords.get("queryset") or (arg.args[1] if len(arg.args) > 1 else None)
        inner = self.shape(inner_expr, 1) if inner_expr is not None else None
        if inner is not None:
            for prefix in {lookup, *([to_attr] if to_attr else [])}:
                found |= {f"{prefix}__{path}" for path in inner.eager}
        return found

    def _sqla_method(
        self, base: QuerySetShape, method: str, call: ast.Call
    ) -> QuerySetShape | None:
        if method == "options":
            shape = base
            for option in call.args:
                shape = self._sqla_option(shape, option)
            return _after(shape, method, call)
        if method in api.SQLALCHEMY_LIMITING_METHODS:
            return _after(replace(base, sliced=True), method, call)
        if method in api.SQLALCHEMY_COLUMN_SELECTING_METHODS:
            return _after(replace(base, rows=False), method, call)
        if method in api.SQLALCHEMY_STATEMENT_METHODS:
            return _after(base, method, call)
        if method in api.SQLALCHEMY_SINGLE_METHODS:
            return _after(replace(base, single=True, sliced=True), method, call)
        return None

    def _sqla_option(self, shape: QuerySetShape, option: ast.expr) -> QuerySetShape:
        """`selectinload(Order.lines).joinedload(Line.product)`: eager "lines", "lines__product"."""
        steps: list[tuple[str, list[ast.expr]]] = []
        current: ast.expr = option
        while isinstance(current, ast.Call):
            func = current.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call):
                steps.append((func.attr, list(current.args)))
                current = func.value
                continue
            name = self.semantic.qualified_name(func) or ""
            steps.append((name.rpartition(".")[2], list(current.args)))
            break
        steps.reverse()
        prefix: list[str] = []
        eager, raised = set(shape.eager), set(shape.raised)
        only, deferred = shape.only, set(shape.deferred)
        eager_all = shape.eager_all
        for loader, args in steps:
            kind = api.SQLALCHEMY_LOADERS.get(loader)
            if kind is None:
                return shape
            if kind == "only":
                names = frozenset(_attribute_names(args))
                only = names if not prefix else only
                continue
            if kind == "defer":
                deferred.update(_attribute_names(args))
                continue
            path_names = _attribute_names(args)
            if path_names == ["*"]:
                eager_all = eager_all or kind == "eager"
                continue
            if not path_names:
                return shape
            prefix.append(path_names[0])
            path = "__".join(prefix)
            if kind == "eager":
                eager.add(path)
            elif kind == "raise":
                raised.add(path)
        return replace(
            shape,
            eager=frozenset(eager),
            raised=frozenset(raised),
            only=only,
            deferred=frozenset(deferred),
            eager_all=eager_all,
        )


# -- helpers ------------------------------------------------------------------------------------


def _sqla(model: str, node: ast.expr) -> QuerySetShape:
    return QuerySetShape(
        model=model,
        framework="sqlalchemy",
        eager=frozenset(),
        eager_all=False,
        rows=True,
        sliced=False,
        line=node.lineno,
        col=node.col_offset,
    )


def _after(shape: QuerySetShape, method: str, call: ast.Call) -> QuerySetShape:
    return replace(shape, methods=(*shape.methods, method))


def _str(expr: ast.expr | None) -> str | None:
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return expr.value
    return None


def _is_none(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Constant) and expr.value is None


def _with_prefixes(paths: Iterable[str]) -> frozenset[str]:
    """select_related("a__b") also loads "a"."""
    found: set[str] = set()
    for path in paths:
        parts = path.split("__")
        found.update("__".join(parts[: i + 1]) for i in range(len(parts)))
    return frozenset(found)


def _attribute_names(args: list[ast.expr]) -> list[str]:
    """`Order.lines` → "lines"; "lines" → "lines"; `Order.lines.of_type(X)` → "lines"."""
    names: list[str] = []
    for arg in args:
        text = _str(arg)
        if text is not None:
            names.append(text)
            continue
        if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute):
            arg = arg.func.value  # .of_type(...) / .and_(...)
        if isinstance(arg, ast.Attribute):
            names.append(arg.attr)
    return names


def _merge(shapes: list[QuerySetShape]) -> QuerySetShape | None:
    """What every reaching assignment guarantees: the intersection of eager paths."""
    first = shapes[0]
    if any(s.model != first.model or s.framework != first.framework for s in shapes[1:]):
        return None
    if len(shapes) == 1:
        return first
    eager = frozenset.intersection(*(s.eager for s in shapes))
    return replace(
        first,
        eager=eager,
        eager_all=all(s.eager_all for s in shapes),
        rows=all(s.rows for s in shapes),
        sliced=all(s.sliced for s in shapes),
        single=all(s.single for s in shapes),
        raised=frozenset.intersection(*(s.raised for s in shapes)),
    )


def _reaching_values(
    semantic: SemanticModel, use: ast.Name, bindings: list[Binding]
) -> list[ast.expr]:
    """The assigned values of `use`'s name that may reach it: plain assignments before the use,
    minus those that a later statement overwrites on every path to the use (an assignment, or
    an `if` whose branches all assign or leave). [] when a reaching binding is not a plain
    assignment (a parameter, a loop target, an import)."""
    if not any(b.value is not None and b.line < use.lineno for b in bindings):
        return []  # only parameters, loop targets...: nothing below could be found
    use_statement = _enclosing_statement(semantic, use)
    if use_statement is None:
        return []
    found: list[ast.expr] = []
    for binding in bindings:
        if binding.line >= use.lineno:
            continue
        value = binding.value
        statement = _enclosing_statement(semantic, value) if value is not None else None
        if statement is None:
            if _is_overwritten_line(semantic, binding.line, use_statement, use.id):
                continue
            return []
        if not isinstance(statement, ast.Assign | ast.AnnAssign):
            return []
        if value is not None and not _overwritten(semantic, statement, use_statement, use.id):
            found.append(value)
    return found


def _is_overwritten_line(semantic: SemanticModel, line: int, use: ast.stmt, name: str) -> bool:
    """A binding without a value (a parameter) that a plain assignment overwrites before use."""
    _, block = _block_of(semantic, use)
    for statement in block:
        if line < statement.lineno < use.lineno and _assigns(statement, name):
            return True
    return False


def _overwritten(semantic: SemanticModel, statement: ast.stmt, use: ast.stmt, name: str) -> bool:
    node: ast.stmt = statement
    for _ in range(_MAX_DEPTH * 4):
        _, block = _block_of(semantic, node)
        position = block.index(node) if node in block else 0
        use_top = _top_in(semantic, use, block)
        end = block.index(use_top) if use_top is not None else len(block)
        if any(_assigns(s, name) for s in block[position + 1 : end]):
            return True
        if use_top is not None:
            return False
        parent = semantic.parent(node)
        if not isinstance(parent, ast.stmt) or isinstance(
            parent, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
        ):
            return False
        if isinstance(parent, ast.For | ast.AsyncFor | ast.While):
            return False
        node = parent
    return False


def _assigns(statement: ast.stmt, name: str) -> bool:
    """Does `statement` assign `name` (or leave the block) on every path through it?"""
    if isinstance(statement, ast.Return | ast.Raise | ast.Continue | ast.Break):
        return True
    if isinstance(statement, ast.Assign):
        return any(isinstance(t, ast.Name) and t.id == name for t in statement.targets)
    if isinstance(statement, ast.AnnAssign):
        target = statement.target
        return statement.value is not None and isinstance(target, ast.Name) and target.id == name
    if isinstance(statement, ast.If):
        return _block_assigns(statement.body, name) and _block_assigns(statement.orelse, name)
    if isinstance(statement, ast.With | ast.AsyncWith):
        return _block_assigns(statement.body, name)
    if isinstance(statement, ast.Try):
        return _block_assigns(statement.body, name) and all(
            _block_assigns(h.body, name) for h in statement.handlers
        )
    return False


def _block_assigns(block: list[ast.stmt], name: str) -> bool:
    return any(_assigns(s, name) for s in block)


def _enclosing_statement(semantic: SemanticModel, node: ast.AST) -> ast.stmt | None:
    current: ast.AST | None = node
    while current is not None and not isinstance(current, ast.stmt):
        current = semantic.parent(current)
    return current


def _block_of(semantic: SemanticModel, statement: ast.stmt) -> tuple[ast.AST, list[ast.stmt]]:
    parent = semantic.parent(statement)
    if parent is None:
        return statement, [statement]
    for name in ("body", "orelse", "finalbody"):
        block = getattr(parent, name, None)
        if isinstance(block, list) and statement in block:
            return parent, block
    return parent, [statement]


def _top_in(semantic: SemanticModel, node: ast.AST, block: list[ast.stmt]) -> ast.stmt | None:
    """The statement of `block` that is `node` or contains it."""
    members = {id(s): s for s in block}
    current: ast.AST | None = node
    while current is not None:
        if id(current) in members:
            return members[id(current)]
        current = semantic.parent(current)
    return None
