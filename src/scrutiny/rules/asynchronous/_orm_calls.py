"""Where a file's functions run the synchronous ORM: shared extraction for ASY102.

Not a rule (it defines no `RULE`). Recognizes, per function, without following calls:

* a Django queryset (`Book.objects...`, a custom manager, `get_user_model().objects`, a local name
  assigned from one) that a method evaluates (`.count()`, `.get()`), that a sync `for` or
  comprehension iterates, that `list()`/`len()`/`bool()`/`in`/`[0]` evaluates;
* `save()` / `delete()` / `refresh_from_db()` on a model instance (built with `Model(...)`, fetched
  with `await ...aget()`, a parameter annotated with a model, `self` in a model's method);
* a synchronous SQLAlchemy `Session` (annotated, built from `Session(...)` or a `sessionmaker`)
  whose I/O methods are called without `await`.

Which class is a Django model, and which project name is a sync `sessionmaker`, is only known in
the project phase: such operations carry a symbolic `requires` (`model:<qualname>`,
`model?:<qualname>` for "a model or unknown", `factory:<qualname>`, `relation:<model>:<name>`
for "a one-valued relation of the model" and `many:<model>:<name>` for a many-valued one, from
the `scrutiny.orm` index) that the rule checks there.
All API knowledge is in `scrutiny.frameworks.async_orm`.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from scrutiny.context import FileContext
from scrutiny.frameworks import async_orm as api
from scrutiny.orm.extract import model_facts
from scrutiny.orm.schema import ModelFacts
from scrutiny.semantic.walk import walk

from ._reach import Op
from ._sessions import factories, parameter_annotation, sync_session

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
MAX_DEPTH = 6
DJANGO_WHAT = "runs a synchronous Django query (SynchronousOnlyOperation in async code)"
RELATION_WHAT = (
    "loads a related object with a synchronous query (SynchronousOnlyOperation in async code)"
)
SQLA_WHAT = "runs a query on a synchronous SQLAlchemy Session, blocking the event loop"


@dataclass(frozen=True)
class FileOps:
    """Per-file facts: each function's operations, and the file's sync session factories."""

    ops: dict[str, tuple[Op, ...]]
    factories: tuple[str, ...] = ()
    models: tuple[ModelFacts, ...] = ()  # to tell relations from columns (`book.author`)

    def __bool__(self) -> bool:
        return bool(self.ops or self.factories or self.models)


@dataclass(frozen=True)
class _Fetched:
    """A model instance fetched with `await ...aget()`: its model and what the query joined."""

    model: str
    chain: str  # the queryset as written, for the fix
    eager: frozenset[str]  # first segments of `select_related`/`prefetch_related` paths
    eager_all: bool  # `select_related()` without arguments, or paths not known statically


@dataclass(frozen=True)
class _QuerySet:
    model: str  # the class qualname, "" when unknown
    requires: str  # "model:..." (must be a model), "model?:..." (a model or unknown),
    # "unknown" (`self.model.objects`), "" (`get_user_model().objects`)


def orm_ops(file: FileContext) -> FileOps:
    return file.shared("asy.orm", _extract)


def _extract(file: FileContext) -> FileOps:
    reader = _Reader(file)
    ops: dict[str, tuple[Op, ...]] = {}
    for scope, calls in file.semantic.calls.items():
        if not isinstance(scope, FunctionNode):
            continue
        found = reader.function_ops(scope, calls)
        if found:
            qualname = f"{file.semantic.module}.{file.semantic.qualnames[scope]}"
            ops[qualname] = tuple(sorted(found, key=lambda o: o.site.location))
    return FileOps(ops, factories(file.semantic), model_facts(file))


class _Reader:
    def __init__(self, file: FileContext) -> None:
        self.file = file
        self.model = file.semantic
        self.saw_queryset = False
        self.fetched: dict[str, _Fetched] = {}  # instances fetched in the current function
        self.uses_django = any(
            b.kind == "import" and (b.target or "").startswith(api.DJANGO_PACKAGE)
            for bindings in self.model.bindings.get(self.model.tree, {}).values()
            for b in bindings
        )

    # -- one function -----------------------------------------------------------------------

    def function_ops(self, function: FunctionNode, calls: list[ast.Call]) -> list[Op]:
        found: list[Op] = []
        self.saw_queryset = False
        is_async = isinstance(function, ast.AsyncFunctionDef)
        self.fetched = {}
        self.fetched = fetched = self._fetched(function) if is_async else {}
        for call in calls:
            func = call.func
            if isinstance(func, ast.Attribute) and func.attr not in api.ORM_METHOD_NAMES:
                continue  # the cheap test first: most calls are nothing to the ORM
            op = self._call_op(call, function)
            if op is not None:
                found.append(op)
        request = self._django_request(function) if is_async else None
        if self.saw_queryset or fetched or request:  # `for x in qs`, `book.author`...
            found.extend(self._name_ops(function, fetched, request))
        return found

    def _django_request(self, function: FunctionNode) -> str | None:
        """The `request` parameter of an async Django view (`request.user` runs a query)."""
        if not self.uses_django:
            return None
        params = [a.arg for a in (*function.args.posonlyargs, *function.args.args)][:2]
        return api.DJANGO_REQUEST_PARAMETER if api.DJANGO_REQUEST_PARAMETER in params else None

    def _call_op(self, call: ast.Call, function: FunctionNode) -> Op | None:
        func = call.func
        if isinstance(self.model.parent(call), ast.Await):
            return None
        if not isinstance(func, ast.Attribute):
            shortcut = self.model.qualified_name(func) if isinstance(func, ast.Name) else None
            if shortcut in api.DJANGO_QUERY_SHORTCUTS:
                model = _compact(call.args[0]) if call.args else "Model"
                fix = api.DJANGO_QUERY_SHORTCUTS[shortcut].format(model=model)
                return self._op(call, f"{_compact(func)}(...)", DJANGO_WHAT, fix, "")
            return None
        method = func.attr
        if method in api.DJANGO_EVALUATING_METHODS:
            queryset = self._queryset(func.value, 0)
            if queryset is not None:
                self.saw_queryset = True
                twin = api.DJANGO_EVALUATING_METHODS[method]
                fix = f"await {_compact(func.value)}.{twin}({_args(call)})"
                return self._op(
                    call, f"{_compact(func.value)}.{method}()", DJANGO_WHAT, fix, queryset.requires
                )
        if method in api.DJANGO_LAZY_METHODS:
            queryset = self._queryset(call, 0)
            if queryset is not None:
                self.saw_queryset = True
                return self._evaluation(call, queryset)
        if method in api.DJANGO_MODEL_METHODS:
            requires = self._instance(func.value, function)
            if requires is not None:
                twin = api.DJANGO_MODEL_METHODS[method]
                fix = f"await {_compact(func.value)}.{twin}({_args(call)})"
                return self._op(
                    call, f"{_compact(func.value)}.{method}()", DJANGO_WHAT, fix, requires
                )
        if method in api.SQLALCHEMY_SESSION_IO:
            requires = sync_session(self.model, func.value)
            if requires is not None:
                fix = api.SQLALCHEMY_SESSION_IO[method]
                return self._op(
                    call, f"{_compact(func.value)}.{method}()", SQLA_WHAT, fix, requires
                )
        return None

    def _op(self, node: ast.AST, label: str, what: str, fix: str, requires: str) -> Op:
        return Op(self.file.site(node), label, what, fix, requires)

    # -- querysets --------------------------------------------------------------------------

    def _queryset(self, expr: ast.expr, depth: int) -> _QuerySet | None:
        """The model a queryset (or manager) expression is over; None when it is not one."""
        if depth > MAX_DEPTH:
            return None
        if isinstance(expr, ast.Attribute):
            return self._manager(expr)
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
            if expr.func.attr in api.DJANGO_LAZY_METHODS:
                return self._queryset(expr.func.value, depth + 1)
            return None
        if isinstance(expr, ast.Subscript) and isinstance(expr.slice, ast.Slice):
            return self._queryset(expr.value, depth + 1)
        if isinstance(expr, ast.Name):
            values = self.model.assigned_values(expr)
            if not values or any(v is None for v in values):
                return None
            found = [self._queryset(v, depth + 1) for v in values if v is not None]
            return found[0] if all(q is not None for q in found) else None
        return None

    def _manager(self, expr: ast.Attribute) -> _QuerySet | None:
        owner = expr.value
        if isinstance(owner, ast.Call) and self.model.qualified_name(owner.func) in (
            api.DJANGO_USER_MODEL_CALLS
        ):
            return _QuerySet("", "") if expr.attr == api.DJANGO_DEFAULT_MANAGER else None
        if isinstance(owner, ast.Name) and owner.id in self.fetched:
            fetched = self.fetched[owner.id]  # `order.lines`: maybe a related manager
            if fetched.eager_all or expr.attr in fetched.eager:
                return None  # prefetched: `.all()` reads the cache
            return _QuerySet(fetched.model, f"many:{fetched.model}:{expr.attr}")
        qualname = self.model.qualified_name(owner)
        if expr.attr == api.DJANGO_DEFAULT_MANAGER:
            if qualname is None:
                return _QuerySet("", "unknown") if self.uses_django else None
            return _QuerySet(qualname, f"model?:{qualname}")
        if qualname is not None and _class_like(qualname):
            return _QuerySet(qualname, f"model:{qualname}")  # a custom manager: `Book.published`
        return None

    def _evaluation(self, node: ast.expr, queryset: _QuerySet) -> Op | None:
        """An op when the queryset `node` is evaluated where it stands."""
        how = self._evaluated_by(node)
        if how is None:
            return None
        label, fix = how
        return self._op(
            node,
            label.format(qs=_compact(node)),
            DJANGO_WHAT,
            fix.format(qs=_compact(node)),
            queryset.requires,
        )

    def _evaluated_by(self, node: ast.expr) -> tuple[str, str] | None:
        parent = self.model.parent(node)
        while (
            isinstance(parent, ast.Subscript)
            and parent.value is node
            and isinstance(parent.slice, ast.Slice)
        ):
            node, parent = parent, self.model.parent(parent)  # `qs[:20]` is still lazy
        if isinstance(parent, ast.For) and parent.iter is node:
            return ("for ... in {qs}", "async for obj in {qs}: ...")
        if isinstance(parent, ast.comprehension) and parent.iter is node and not parent.is_async:
            return ("[... for ... in {qs}]", "[obj async for obj in {qs}]")
        if isinstance(parent, ast.Call) and node in parent.args:
            name = self.model.qualified_name(parent.func)
            if name in api.EVALUATING_BUILTINS:
                short = name.removeprefix("builtins.")
                if short == "len":
                    return ("len({qs})", "await {qs}.acount()")
                if short == "bool":
                    return ("bool({qs})", "await {qs}.aexists()")
                return (f"{short}({{qs}})", "[obj async for obj in {qs}]")
        if (
            isinstance(parent, ast.Subscript)
            and parent.value is node
            and isinstance(parent.slice, ast.Constant)
            and isinstance(parent.slice.value, int)
        ):
            return ("{qs}[...]", "await {qs}.afirst()")
        if isinstance(parent, ast.If | ast.While | ast.IfExp) and parent.test is node:
            return ("if {qs}:", "await {qs}.aexists()")
        if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not):
            return ("not {qs}", "await {qs}.aexists()")
        if (
            isinstance(parent, ast.Compare)
            and node in parent.comparators
            and any(isinstance(op, ast.In | ast.NotIn) for op in parent.ops)
        ):
            return ("... in {qs}", "await {qs}.acontains(obj)")
        return None

    def _name_ops(
        self, function: FunctionNode, fetched: dict[str, _Fetched], request: str | None
    ) -> list[Op]:
        """`qs = Book.objects.filter(...)` then `for b in qs:` / `len(qs)` / `if qs:`; and
        `book = await Book.objects.aget(...)` then `book.author` (a query, unless joined)."""
        found: list[Op] = []
        accesses: list[ast.Attribute] = []
        scope_of = self.model.scope_of
        for node in walk(function):
            if (
                isinstance(node, ast.Name)
                and isinstance(node.ctx, ast.Load)
                and scope_of.get(node) is function
            ):
                queryset = self._queryset(node, 0) if self.saw_queryset else None
                if queryset is not None:
                    op = self._evaluation(node, queryset)
                    if op is not None:
                        found.append(op)
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and (node.value.id in fetched or node.value.id == request)
                and scope_of.get(node.value) is function
            ):
                accesses.append(node)
        seen: set[tuple[str, str]] = set()
        for access in sorted(accesses, key=lambda n: (n.lineno, n.col_offset)):
            key = (access.value.id, access.attr)  # type: ignore[attr-defined]
            if key in seen:
                continue
            if key[0] == request:
                op = self._request_access(access)
            else:
                op = self._relation_access(access, fetched[key[0]])
            if op is not None:
                seen.add(key)  # the first access loads it; later ones read the cache
                found.append(op)
        return found

    # -- related objects of a fetched instance -----------------------------------------------

    def _fetched(self, function: FunctionNode) -> dict[str, _Fetched]:
        """Locals bound only to `await <queryset>.aget(...)` (or `afirst`...): model instances."""
        found: dict[str, _Fetched] = {}
        for name, bindings in self.model.bindings.get(function, {}).items():
            values = [b.value for b in bindings]
            fetched = [self._fetch(v) for v in values if v is not None]
            if fetched and len(fetched) == len(values) and all(fetched):
                first = fetched[0]
                if first is not None and all(f == first for f in fetched):
                    found[name] = first
        return found

    def _fetch(self, value: ast.expr) -> _Fetched | None:
        if not (isinstance(value, ast.Await) and isinstance(value.value, ast.Call)):
            return None
        func = value.value.func
        if not (isinstance(func, ast.Attribute) and func.attr in api.DJANGO_ASYNC_FETCH_METHODS):
            return None
        queryset = self._queryset(func.value, 0)
        if queryset is None or not queryset.model:
            return None
        eager, eager_all = _eager(func.value)
        return _Fetched(queryset.model, _compact(func.value), eager, eager_all)

    def _request_access(self, node: ast.Attribute) -> Op | None:
        fix = api.DJANGO_REQUEST_LAZY_ATTRIBUTES.get(node.attr)
        if fix is None or not isinstance(node.ctx, ast.Load):
            return None
        label = f"{api.DJANGO_REQUEST_PARAMETER}.{node.attr}"
        return Op(self.file.site(node), label, DJANGO_WHAT, fix, "unknown")

    def _relation_access(self, node: ast.Attribute, fetched: _Fetched) -> Op | None:
        attr = node.attr
        if fetched.eager_all or attr in fetched.eager or attr.endswith(api.DJANGO_ID_SUFFIX):
            return None
        if attr in api.DJANGO_NO_QUERY_ATTRIBUTES or attr.startswith("_"):
            return None
        parent = self.model.parent(node)
        if isinstance(parent, ast.Call) and parent.func is node:
            return None  # a method: `book.get_absolute_url()`
        label = f"{_compact(node.value)}.{attr}"
        fix = f'{fetched.chain}.select_related("{attr}")'
        return Op(
            self.file.site(node), label, RELATION_WHAT, fix, f"relation:{fetched.model}:{attr}"
        )

    # -- model instances -------------------------------------------------------------------

    def _instance(self, expr: ast.expr, function: FunctionNode) -> str | None:
        """The `requires` of a model instance expression; None when it is not known to be one."""
        if not isinstance(expr, ast.Name):
            return None
        if _is_self(expr, function):
            owner = self.model.parent(function)
            if isinstance(owner, ast.ClassDef):
                return f"model:{self.model.module}.{self.model.qualnames[owner]}"
            return None
        annotation = parameter_annotation(expr.id, function)
        if annotation is not None and self.model.lookup(expr.id, expr) is not None:
            qualname = self.model.qualified_name(annotation)
            return f"model:{qualname}" if qualname and _class_like(qualname) else None
        values = self.model.assigned_values(expr)
        if not values or any(v is None for v in values):
            return None
        requirements = {self._instance_value(v) for v in values if v is not None}
        if len(requirements) == 1:
            return requirements.pop()
        return None

    def _instance_value(self, value: ast.expr) -> str | None:
        if isinstance(value, ast.Await):
            value = value.value
            if (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Attribute)
                and value.func.attr in api.DJANGO_ASYNC_INSTANCE_METHODS
            ):
                queryset = self._queryset(value.func.value, 0)
                return queryset.requires if queryset is not None else None
            return None
        if isinstance(value, ast.Call):
            func = value.func
            if isinstance(func, ast.Attribute) and func.attr in api.DJANGO_INSTANCE_METHODS:
                queryset = self._queryset(func.value, 0)
                return queryset.requires if queryset is not None else None
            qualname = self.model.qualified_name(func)
            if qualname is not None and _class_like(qualname):
                return f"model:{qualname}"
        return None


def _class_like(qualname: str) -> bool:
    return qualname.rsplit(".", 1)[-1][:1].isupper()


def _is_self(name: ast.Name, function: FunctionNode) -> bool:
    params = function.args.posonlyargs + function.args.args
    return bool(params) and params[0].arg == name.id and not function.decorator_list


def _eager(chain: ast.expr) -> tuple[frozenset[str], bool]:
    """The relations a queryset chain loads eagerly (first path segments)."""
    eager: set[str] = set()
    node = chain
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr in api.DJANGO_EAGER_METHODS:
            if not node.args:
                return frozenset(), True
            for arg in node.args:
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    return frozenset(), True  # `Prefetch(...)`, a variable: assume it covers
                eager.add(arg.value.split("__", 1)[0])
        node = node.func.value
    return frozenset(eager), False


def _args(call: ast.Call) -> str:
    return "..." if call.args or call.keywords else ""


def _compact(expr: ast.expr) -> str:
    """`Book.objects.filter(...).order_by(...)`: the chain with its arguments elided."""
    if isinstance(expr, ast.Call):
        return f"{_compact(expr.func)}({_args(expr)})"
    if isinstance(expr, ast.Attribute):
        return f"{_compact(expr.value)}.{expr.attr}"
    if isinstance(expr, ast.Subscript):
        return f"{_compact(expr.value)}[...]"
    if isinstance(expr, ast.Name):
        return expr.id
    text = ast.unparse(expr)
    return text if len(text) <= 40 else "..."
