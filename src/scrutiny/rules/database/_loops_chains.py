"""What an ORM expression is, read from its syntax: a Django queryset chain, a SQLAlchemy session,
query or statement. Shared by the loop and evaluation rules (DB102-DB105).

Not a rule (it defines no `RULE`). Model identity is symbolic (the class's qualified name as the
file resolves it); the project phase confirms it with `OrmIndex` when the API alone does not
prove a database call (`Book.published.get()` is a query only if `published` is a manager).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, replace
from typing import Literal

from scrutiny.frameworks import orm_apis as api
from scrutiny.frameworks import orm_loops as data
from scrutiny.semantic.model import SemanticModel

Framework = Literal["django", "sqlalchemy"]
# every method name a queryset, manager, query or statement chain may call
ORM_METHODS = (
    api.DJANGO_QUERYSET_METHODS
    | api.DJANGO_EVALUATING_METHODS
    | api.DJANGO_SAVING_METHODS
    | api.SQLALCHEMY_STATEMENT_METHODS
    | api.SQLALCHEMY_SINGLE_METHODS
    | data.QUERY_TERMINALS
    | frozenset(data.DJANGO_QUERY_METHODS)
    | frozenset(data.DJANGO_WRITE_METHODS)
)
MAX_DEPTH = 4


@dataclass(frozen=True)
class Chain:
    """A queryset or statement: where it starts and the methods called on it, in order."""

    framework: Framework
    model: str | None  # qualified name of the model class, as far as it resolves
    verified: bool  # the API alone proves it is the ORM (`.objects`, a session)
    methods: tuple[str, ...]
    sliced: bool  # `[:n]` somewhere in the chain
    root: str  # how the start reads: "Book.objects", "session.query(Order)", "select(User)"
    statement: str | None = None  # SQLAlchemy statement kind: "query" / "save"; None otherwise
    session_query: bool = False  # `session.query(M)` / `M.query` (legacy Query API)
    manager: str | None = None  # Django manager attribute ("objects", "published")
    lookups: tuple[str, ...] = ()  # keyword names of `filter()`/`get()`/`filter_by()` calls
    relation: tuple[str, str] | None = None  # `self.payments`: (class qualname, accessor)

    def then(self, method: str, keywords: tuple[str, ...] = ()) -> Chain:
        return replace(self, methods=(*self.methods, method), lookups=(*self.lookups, *keywords))

    @property
    def by_key(self) -> bool:
        """Filtered on the primary key (`filter(pk=...)`, `filter(id__in=...)`): a few rows."""
        return any(k.split("__", 1)[0] in api.PRIMARY_KEY_NAMES for k in self.lookups)

    @property
    def columns_only(self) -> bool:
        return any(m in api.DJANGO_ROWLESS_METHODS for m in self.methods)

    @property
    def bounded(self) -> bool:
        if self.sliced:
            return True
        if self.framework == "django":
            return any(m in data.DJANGO_BOUNDING_METHODS for m in self.methods)
        return any(m in data.QUERY_BOUNDING for m in self.methods)

    @property
    def text(self) -> str:
        """How the chain reads, without arguments: `Book.objects.filter().order_by()`."""
        return "".join([self.root, *(f".{m}()" for m in self.methods)])

    @property
    def model_name(self) -> str:
        return (self.model or "Model").rpartition(".")[2]


class Reader:
    """Reads ORM expressions in one file; knows whether the file uses SQLAlchemy."""

    def __init__(self, semantic: SemanticModel, sqlalchemy: bool) -> None:
        self.semantic = semantic
        self.sqlalchemy = sqlalchemy
        self._memo: dict[int, Chain | None] = {}  # by node id (nodes live as long as the file)

    # -- chains ---------------------------------------------------------------------------------

    def chain(self, expr: ast.expr, depth: int = 0) -> Chain | None:
        if depth == 0:
            key = id(expr)
            if key not in self._memo:
                self._memo[key] = self._chain(expr, 0)
            return self._memo[key]
        return self._chain(expr, depth)

    def _chain(self, expr: ast.expr, depth: int) -> Chain | None:
        if depth > MAX_DEPTH:
            return None
        if isinstance(expr, ast.Call):
            return self._call_chain(expr, depth)
        if isinstance(expr, ast.Subscript):
            inner = self.chain(expr.value, depth)
            if inner is None:
                return None
            return replace(inner, sliced=True)
        if isinstance(expr, ast.Attribute):
            return self._attribute_root(expr)
        if isinstance(expr, ast.Name):
            return self._name_chain(expr, depth)
        if isinstance(expr, ast.Await):
            return self.chain(expr.value, depth)
        return None

    def _call_chain(self, call: ast.Call, depth: int) -> Chain | None:
        func = call.func
        if isinstance(func, ast.Attribute):
            if self.is_session(func.value) and func.attr == api.SQLALCHEMY_SESSION_QUERY:
                model = self.class_name(call.args[0]) if call.args else None
                if model is None:
                    return None
                return Chain(
                    "sqlalchemy",
                    model,
                    True,
                    (),
                    False,
                    f"{_text(func.value)}.query({_short(model)})",
                    session_query=True,
                )
            inner = self.chain(func.value, depth + 1)
            if inner is None:
                return None
            if not inner.verified and func.attr not in ORM_METHODS:
                return None  # `self.repository.by_id()`, `Book.helpers.render()`
            keywords = tuple(k.arg for k in call.keywords if k.arg) if call.keywords else ()
            if inner.framework == "sqlalchemy" and call.args:
                keywords += _column_lookups(call.args)
            return inner.then(func.attr, keywords)
        name = self.semantic.qualified_name(func)
        kind = data.STATEMENTS.get(name or "")
        if kind is not None:
            model = self.class_name(call.args[0]) if call.args else None
            verb = (name or "").rpartition(".")[2]
            root = f"{verb}({_short(model) if model else '...'})"
            return Chain("sqlalchemy", model, True, (), False, root, statement=kind)
        return None

    def _attribute_root(self, expr: ast.Attribute) -> Chain | None:
        """`Book.objects`, `Book.published` (a custom manager), `User.query` (Flask-SQLAlchemy)."""
        model = self.class_name(expr.value)
        if model is None and isinstance(expr.value, ast.Name):
            owner = self.self_class(expr.value)
            if owner is not None and not expr.attr.startswith("_"):
                root = f"self.{expr.attr}"
                return Chain("django", None, False, (), False, root, relation=(owner, expr.attr))
        if model is None:
            if expr.attr in api.DJANGO_IMPLICIT_MANAGERS and _is_model_attribute(expr.value):
                return Chain("django", None, True, (), False, _text(expr), manager=expr.attr)
            return None
        root = f"{_short(model)}.{expr.attr}"
        if expr.attr in api.DJANGO_IMPLICIT_MANAGERS:
            return Chain("django", model, True, (), False, root, manager=expr.attr)
        if expr.attr == api.SQLALCHEMY_MODEL_QUERY_ATTRIBUTE:
            return Chain("sqlalchemy", model, False, (), False, root, session_query=True)
        if expr.attr.startswith("_") or expr.attr.isupper():
            return None
        return Chain("django", model, False, (), False, root, manager=expr.attr)

    def _name_chain(self, name: ast.Name, depth: int) -> Chain | None:
        values = self.semantic.assigned_values(name)
        if not values or any(v is None for v in values):
            return None
        found: Chain | None = None
        for value in values:
            assert value is not None
            chain = self.chain(value, depth + 1)
            if chain is None:
                return None
            if found is None:
                found = chain
            elif found.model != chain.model or found.framework != chain.framework:
                return None
            else:
                found = replace(found, sliced=found.sliced and chain.sliced)
        return found

    def self_class(self, name: ast.Name) -> str | None:
        """The class of `self` when `name` is the first parameter of a method."""
        function = self.semantic.scope_of.get(name)
        while function is not None and not isinstance(
            function, ast.FunctionDef | ast.AsyncFunctionDef
        ):
            function = self.semantic.scope_of.get(function)
        if function is None:
            return None
        params = function.args.posonlyargs + function.args.args
        klass = self.semantic.parent(function)
        if params and params[0].arg == name.id and isinstance(klass, ast.ClassDef):
            return f"{self.semantic.module}.{self.semantic.qualnames[klass]}"
        return None

    def class_name(self, expr: ast.expr) -> str | None:
        """The qualified name of what looks like a class (`Book`, `models.Book`)."""
        if not isinstance(expr, ast.Name | ast.Attribute):
            return None
        last = expr.id if isinstance(expr, ast.Name) else expr.attr
        if not last[:1].isupper() or last.isupper():
            return None
        qualified = self.semantic.qualified_name(expr)
        if qualified is None or qualified.startswith("builtins."):
            return None
        return qualified

    # -- sessions -------------------------------------------------------------------------------

    def is_session(self, expr: ast.expr) -> bool:
        """A SQLAlchemy session: annotated or built as one, or named like one in a SQLAlchemy
        module (`session`, `db.session`, `self.session`), never `request.session`."""
        text = _text(expr)
        if text in data.SESSION_ATTRIBUTES:
            return True
        if not self.sqlalchemy:
            return False
        owner = text.rpartition(".")[0]
        if owner in data.NOT_SESSION_OWNERS or owner.endswith(".request"):
            return False
        last = text.rpartition(".")[2].lower()
        if data.SESSION_WORD in last:
            return True
        if isinstance(expr, ast.Name):
            return self._session_binding(expr)
        return False

    def _session_binding(self, name: ast.Name) -> bool:
        values = self.semantic.assigned_values(name)
        if values and all(v is not None for v in values):
            return all(_builds_session(self.semantic, v) for v in values if v is not None)
        return self._annotated_session(name)

    def _annotated_session(self, name: ast.Name) -> bool:
        scope = self.semantic.scope_of.get(name)
        while scope is not None and not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
            scope = self.semantic.scope_of.get(scope)
        if scope is None:
            return False
        args = scope.args
        for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
            if arg.arg == name.id and arg.annotation is not None:
                return _annotation_is_session(self.semantic, arg.annotation)
        return False


def _column_lookups(args: list[ast.expr]) -> tuple[str, ...]:
    """`Model.id == x` -> "id", `Model.id.in_(ids)` -> "id__in": SQLAlchemy `where()` lookups."""
    found: list[str] = []
    for arg in args:
        if (
            isinstance(arg, ast.Compare)
            and len(arg.ops) == 1
            and isinstance(arg.ops[0], ast.Eq)
            and isinstance(arg.left, ast.Attribute)
        ):
            found.append(arg.left.attr)
        elif (
            isinstance(arg, ast.Call)
            and isinstance(arg.func, ast.Attribute)
            and arg.func.attr == "in_"
            and isinstance(arg.func.value, ast.Attribute)
        ):
            found.append(f"{arg.func.value.attr}__in")
    return tuple(found)


def _builds_session(semantic: SemanticModel, value: ast.expr) -> bool:
    if isinstance(value, ast.Call):
        name = semantic.qualified_name(value.func) or ""
        if name in data.SESSION_TYPES:
            return True
        last = name.rpartition(".")[2] or _text(value.func).rpartition(".")[2]
        return data.SESSION_WORD in last.lower()
    return False


def _annotation_is_session(semantic: SemanticModel, annotation: ast.expr) -> bool:
    for node in ast.walk(annotation):
        if isinstance(node, ast.Name | ast.Attribute):
            name = semantic.qualified_name(node) or ""
            if name in data.SESSION_TYPES:
                return True
            last = (node.id if isinstance(node, ast.Name) else node.attr).lower()
            if data.SESSION_WORD in last:
                return True
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and data.SESSION_WORD in node.value.lower()
        ):
            return True
    return False


def _is_model_attribute(expr: ast.expr) -> bool:
    """`self.model`, `cls`, `type(obj)`: the class is a model we cannot name."""
    if isinstance(expr, ast.Attribute):
        return expr.attr == "model"
    if isinstance(expr, ast.Name):
        return expr.id in {"cls", "model"}
    return False


def _short(qualname: str | None) -> str:
    return (qualname or "Model").rpartition(".")[2]


def _text(expr: ast.AST) -> str:
    """A dotted name (`db.session`), or '' for anything else."""
    parts: list[str] = []
    current = expr
    while isinstance(current, ast.Attribute):
        parts.append(current.attr)
        current = current.value
    if isinstance(current, ast.Name):
        parts.append(current.id)
        return ".".join(reversed(parts))
    return ""


def describe(expr: ast.AST, limit: int = 60) -> str:
    """How an ORM call reads, without its arguments: `Author.objects.filter().first()`."""
    text = _describe(expr, 0)
    return text if len(text) <= limit else "..." + text[-(limit - 3) :]


def _describe(expr: ast.AST, depth: int) -> str:
    if depth > 12:
        return "..."
    if isinstance(expr, ast.Call):
        func = expr.func
        inner = _describe(func, depth + 1)
        if (
            isinstance(func, ast.Name | ast.Attribute)
            and expr.args
            and isinstance(expr.args[0], ast.Name | ast.Attribute)
            and inner.rpartition(".")[2] in {"query", "get", "select", "insert", "update", "delete"}
            and _text(expr.args[0])[:1].isupper()
        ):
            return (
                f"{inner}({_text(expr.args[0])}, ...)"
                if len(expr.args) > 1
                else (f"{inner}({_text(expr.args[0])})")
            )
        return f"{inner}()"
    if isinstance(expr, ast.Attribute):
        return f"{_describe(expr.value, depth + 1)}.{expr.attr}"
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Subscript):
        return f"{_describe(expr.value, depth + 1)}[...]"
    if isinstance(expr, ast.Await):
        return _describe(expr.value, depth + 1)
    return "..."
