"""Per-file extraction for the N+1 rules: loops over querysets and what their bodies touch.

Not a rule. `extract(file)` runs once per file (shared by DB101 and DB106 through
`FileContext.shared`) and reduces it to `FileFacts`. One pass over the semantic model's nodes
indexes every name read by scope; each loop variable and each function parameter is then
followed through attribute chains (`o.customer.address.city`), nested loops over its relations
(`for line in o.lines.all()`), aliases (`c = o.customer`) and calls it is handed to
(`format_row(o)`, `o.total()`, `str(o)`).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field

from scrutiny.context import FileContext
from scrutiny.finding import Location
from scrutiny.frameworks import nplusone as api
from scrutiny.frameworks.orm_apis import (
    DJANGO_PREFETCH_DEFEATING_METHODS as _DEFEATING,
)
from scrutiny.frameworks.orm_apis import (
    DJANGO_QUERYSET_METHODS,
    DJANGO_ROWLESS_METHODS,
    SQLALCHEMY_STATEMENT_METHODS,
)
from scrutiny.orm.extract import model_facts
from scrutiny.orm.querysets import queryset_shape
from scrutiny.semantic.model import SemanticModel

from ._nodes import LOOP_TYPES, structural_nodes
from ._nplusone_facts import (
    BASE,
    Access,
    FileFacts,
    FunctionFact,
    Handoff,
    Loop,
    Pass,
    Render,
    SerializerUse,
    Source,
    Usage,
    is_single,
)
from ._nplusone_syntax import (
    Found,
    FunctionNode,
    Span,
    alias_target,
    argument,
    flag_parameters,
    in_body,
    inside,
    keyword_value,
    loop_over,
    span_of,
    span_of_body,
    unwrap_enumerate,
)
from ._nplusone_views import serializer_fact, view_fact

SHARED_KEY = "db.nplusone"
MAX_DEPTH = 4
_CHAIN_METHODS = DJANGO_QUERYSET_METHODS | SQLALCHEMY_STATEMENT_METHODS | {"iterator"}
_EAGER_METHODS = frozenset({"select_related", "prefetch_related"})
# `o.lines.all()`: the rows of the relation itself (what a prefetch caches)
_CACHED_COLLECTIONS = frozenset({"all"})
_LIBRARY_PREFIXES = ("builtins.", "django.", "rest_framework.", "sqlalchemy.", "typing.")
# the expressions `source` can find rows in (`queryset_shape` reads no other kind either)
_SOURCE_TYPES = frozenset({ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.Await})


def facts(file: FileContext) -> FileFacts | None:
    """The file's facts, computed once for both N+1 rules."""
    return file.shared(SHARED_KEY, extract)


def extract(file: FileContext) -> FileFacts | None:
    if "migrations/" in file.path or file.path.startswith("migrations"):
        return None
    return _Extractor(file).run()


@dataclass
class _Extractor:
    file: FileContext
    # loaded names by (scope, identifier)
    names: dict[tuple[ast.AST, str], list[ast.Name]] = field(default_factory=dict)
    loops: list[Loop] = field(default_factory=list)
    functions: list[FunctionFact] = field(default_factory=list)
    passes: list[Pass] = field(default_factory=list)
    uses: list[SerializerUse] = field(default_factory=list)
    renders: list[Render] = field(default_factory=list)
    returns: dict[ast.AST, list[ast.Return]] = field(default_factory=dict)  # by scope
    prefetched: dict[tuple[int, str], set[str]] = field(default_factory=dict)
    model_classes: frozenset[str] = frozenset()
    callees: dict[int, str | None] = field(default_factory=dict)  # memo of `callee`, by id
    request_paths: dict[int, bool] = field(default_factory=dict)  # memo of `_request_path`
    flags: frozenset[str] = frozenset()  # parameters of the function being summarized
    # that default to a false constant (`with_lines=False`)
    # the first parameter of every method (`self`): no other name can be a manager's own rows
    selves: frozenset[str] = frozenset()

    model: SemanticModel = field(init=False)  # the file's, read very often

    def __post_init__(self) -> None:
        self.model = self.file.semantic

    def run(self) -> FileFacts | None:
        model = self.model
        loop_nodes: list[ast.AST] = []
        function_nodes: list[FunctionNode] = []
        class_nodes: list[ast.ClassDef] = []
        self._index_names()
        scope_of = model.scope_of  # every node but the module has its scope there
        for node in structural_nodes(self.file):
            kind = type(node)
            if kind in LOOP_TYPES:
                loop_nodes.append(node)
            elif kind is ast.Return:
                self.returns.setdefault(scope_of[node], []).append(node)  # type: ignore[arg-type]
            elif kind is ast.ClassDef:
                class_nodes.append(node)  # type: ignore[arg-type]
            else:
                function_nodes.append(node)  # type: ignore[arg-type]
        self.selves = frozenset(
            params[0].arg
            for f in function_nodes
            if isinstance(model.parents.get(f), ast.ClassDef)
            and (params := f.args.posonlyargs + f.args.args)
        )
        models = model_facts(self.file)
        self.model_classes = frozenset(m.qualname for m in models)
        for function in function_nodes:
            fact = self._function(function)
            if fact is not None:
                self.functions.append(fact)
        if any(b.target in api.PREFETCH_OBJECTS for b in model.imports()):
            for calls in model.calls.values():
                for call in calls:
                    if self.callee(call.func) in api.PREFETCH_OBJECTS:
                        self._prefetch_objects(call)
        for loop in loop_nodes:
            self._loop(loop)
        for calls in model.calls.values():
            for call in calls:
                self._call(call)
        serializers = tuple(s for c in class_nodes if (s := serializer_fact(self, c)) is not None)
        views = tuple(v for c in class_nodes if (v := view_fact(self, c)) is not None)
        for klass in class_nodes:
            self.context_data(klass)
        result = FileFacts(
            models=tuple(models),
            loops=tuple(self.loops),
            functions=tuple(self.functions),
            passes=tuple(self.passes),
            serializers=serializers,
            serializer_uses=tuple(self.uses),
            views=views,
            renders=tuple(self.renders),
        )
        if not (
            result.models
            or result.loops
            or result.functions
            or result.passes
            or serializers
            or views
            or result.renders
            or result.serializer_uses
        ):
            return None
        return result

    def _index_names(self) -> None:
        """Every loaded name by scope and identifier (a third of all nodes: a tight loop)."""
        names, scope_of, load, name_type = self.names, self.model.scope_of, ast.Load, ast.Name
        get = names.get
        loaded = [n for n in self.model.nodes if type(n) is name_type and type(n.ctx) is load]
        for node in loaded:
            key = (scope_of[node], node.id)
            bucket = get(key)
            if bucket is None:
                names[key] = [node]
            else:
                bucket.append(node)

    # -- functions --------------------------------------------------------------------------

    def _function(self, function: FunctionNode) -> FunctionFact | None:
        args = function.args
        params = tuple(a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs])
        owner = self.model.parent(function)
        is_method = isinstance(owner, ast.ClassDef) and not any(
            self.model.qualified_name(d) in ("builtins.staticmethod", "builtins.classmethod")
            for d in function.decorator_list
        )
        names = self.names
        read = [
            (position, param)
            for position, param in enumerate(params)
            if param not in api.REQUEST_PARAMETERS and (function, param) in names
        ]  # not a request, nor a parameter the body never reads
        if read and read[0][0] == 0 and is_method and not self._on_model(owner):
            del read[0]  # `self` of a view or a form: not a row
        instance: list[tuple[int, Usage]] = []
        elements: list[tuple[int, Usage, object]] = []
        span = span_of_body(function.body) if read else (0, 0, 0, 0)
        self.flags = flag_parameters(function) if read else frozenset()
        for position, param in read:
            found = Found()
            self._follow(function, param, span, (), found, 0, whole=True)
            if found.instance:
                instance.append((position, found.usage()))
            if found.elements:
                elements.append((position, found.element_usage(), found.element_site))
        self.flags = frozenset()
        returns = self._returns(function)
        if not instance and not elements and returns is None:
            return None
        qualname = f"{self.model.module}.{self.model.qualnames[function]}"
        return FunctionFact(
            qualname=qualname,
            params=params,
            instance=tuple(instance),
            elements=tuple(elements),  # type: ignore[arg-type]
            returns=returns,
            request_path=self._request_path(function),
            is_method=is_method,
        )

    def _on_model(self, owner: ast.AST | None) -> bool:
        """Whether the class `owner` is one of the file's models."""
        qualname = self.model.qualnames[owner] if owner is not None else ""
        return f"{self.model.module}.{qualname}" in self.model_classes

    def _returns(self, function: FunctionNode) -> Source | None:
        for statement in self.returns.get(function, ()):
            if statement.value is not None:
                source = self.source(statement.value)
                if source is not None:
                    return source
        return None

    def _request_path(self, function: FunctionNode) -> bool:
        key = id(function)
        if key not in self.request_paths:
            self.request_paths[key] = self._is_request_path(function)
        return self.request_paths[key]

    def _is_request_path(self, function: FunctionNode) -> bool:
        args = function.args
        if any(a.arg in api.REQUEST_PARAMETERS for a in [*args.posonlyargs, *args.args]):
            return True
        for decorator in function.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if self._last_name(target) in api.ROUTE_DECORATOR_NAMES:
                return True
        owner = self.model.parent(function)
        if isinstance(owner, ast.ClassDef):
            return any(self._last_name(b) in api.VIEW_BASE_NAMES for b in owner.bases)
        return False

    def _last_name(self, expr: ast.expr) -> str:
        """The last dotted part of `expr`'s qualified name, else of its source text."""
        name = self.model.qualified_name(expr)
        if name is None:
            if isinstance(expr, ast.Attribute):
                return expr.attr  # what `ast.unparse` would end with, without unparsing
            name = expr.id if isinstance(expr, ast.Name) else ast.unparse(expr)
        return name.rpartition(".")[2]

    def enclosing_function(self, node: ast.AST) -> FunctionNode | None:
        scope = self.model.scope_of.get(node)
        while scope is not None and not isinstance(scope, FunctionNode):
            if isinstance(scope, ast.Module):
                return None
            scope = self.model.scope_of.get(scope)
        return scope

    def in_request_path(self, node: ast.AST) -> bool:
        function = self.enclosing_function(node)
        return function is not None and self._request_path(function)

    # -- loops ------------------------------------------------------------------------------

    def _loop(self, node: ast.AST) -> None:
        if isinstance(node, ast.For | ast.AsyncFor):
            target, iterable = unwrap_enumerate(self.model, node.target, node.iter)
            span = span_of_body(node.body)
            kind = "loop"
        else:
            generator = node.generators[0]  # type: ignore[attr-defined]
            target, iterable = unwrap_enumerate(self.model, generator.target, generator.iter)
            span = span_of(node)
            kind = "comprehension"
        if target is None:
            return
        source = self.source(iterable)
        if source is None:
            return
        scope = self.model.scope_of.get(node, self.model.tree)
        found = Found()
        self._follow(scope, target, span, (), found, 0)
        usage = found.usage()
        if usage:
            site = self.file.site(node)
            self.loops.append(Loop(site, source, usage, kind, self.in_request_path(node)))

    def _key_function(self, call: ast.Call) -> None:
        key = keyword_value(call, "key")
        if key is not None and len(call.args) == 1:
            self._each(call, key, call.args[0])

    def _prefetch_objects(self, call: ast.Call) -> None:
        """`prefetch_related_objects(posts, "comments")`: `posts` now holds the relation."""
        if not call.args or not isinstance(call.args[0], ast.Name):
            return
        scope = self.model.scope_of.get(call, self.model.tree)
        paths = {
            a.value
            for a in call.args[1:]
            if isinstance(a, ast.Constant) and isinstance(a.value, str)
        }
        self.prefetched.setdefault((id(scope), call.args[0].id), set()).update(paths)

    def _map(self, call: ast.Call) -> None:
        if len(call.args) != 2:
            return
        self._each(call, call.args[0], call.args[1])

    def _each(self, call: ast.Call, func: ast.expr, iterable: ast.expr) -> None:
        """A function applied to every row: `map(f, qs)`, `sorted(qs, key=f)`."""
        source = self.source(iterable)
        if source is None:
            return
        found = Found()
        if isinstance(func, ast.Lambda) and func.args.args:
            param = func.args.args[0].arg
            self._follow(func, param, span_of(func.body), (), found, 0)
        else:
            callee = self.callee(func)
            if callee is None:
                return
            found.handoffs.append(Handoff(callee, 0, None, (), False, self.where(call)))
        usage = found.usage()
        if usage:
            self.loops.append(
                Loop(self.file.site(call), source, usage, "map", self.in_request_path(call))
            )

    # -- calls ------------------------------------------------------------------------------

    def _call(self, call: ast.Call) -> None:
        callee = self.callee(call.func)
        if callee is None:
            if self._jinja2_templates(call.func):
                self._template_response(call)
            return
        if callee == "builtins.map":
            self._map(call)
            return
        if callee in api.KEY_FUNCTION_BUILTINS:
            self._key_function(call)
        if callee in api.PREFETCH_OBJECTS:
            return
        if callee in api.ROW_PRESERVING_BUILTINS:
            return
        if callee in api.RENDER_CALLS:
            self._render(call, callee)
            return
        if callee.startswith(_LIBRARY_PREFIXES):
            return
        many = any(
            k.arg == "many" and isinstance(k.value, ast.Constant) and k.value.value is True
            for k in call.keywords
        )
        if many:
            argument = call.args[0] if call.args else keyword_value(call, "instance")
            source = self.source(argument) if argument is not None else None
            if source is not None:
                self.uses.append(SerializerUse(callee, source, self.file.site(call)))
            return
        arguments: list[tuple[int, str | None, ast.expr]] = [
            (i, None, a) for i, a in enumerate(call.args) if not isinstance(a, ast.Starred)
        ]
        arguments.extend((-1, k.arg, k.value) for k in call.keywords if k.arg is not None)
        for position, keyword, argument in arguments:
            if not isinstance(argument, ast.Name | ast.Call | ast.Attribute):
                continue
            source = self.source(argument)
            if source is not None and source.call != BASE:
                self.passes.append(
                    Pass(
                        callee,
                        position,
                        keyword,
                        source,
                        self.file.site(call),
                        self.in_request_path(call),
                    )
                )

    def _render(self, call: ast.Call, callee: str) -> None:
        template_at, context_at = api.RENDER_CALLS[callee]
        template = argument(call, template_at, api.RENDER_TEMPLATE_KEYWORD)
        name = self.model.literal_value(template) if template is not None else None
        names = [name] if isinstance(name, str) else []
        if isinstance(name, list | tuple):
            names = [n for n in name if isinstance(n, str)]
        if not names:
            return
        for variable, value in self._context_items(call, context_at):
            source = self.source(value)
            if source is not None:
                for template_name in names:
                    self.renders.append(
                        Render(template_name, variable, source, self.file.site(call))
                    )

    def _jinja2_templates(self, func: ast.expr) -> bool:
        """`templates.TemplateResponse` on a `Jinja2Templates(...)` instance."""
        if not (
            isinstance(func, ast.Attribute)
            and func.attr == api.JINJA2_TEMPLATE_RESPONSE
            and isinstance(func.value, ast.Name)
        ):
            return False
        values = self.model.assigned_values(func.value)
        return bool(
            values
            and len(values) == 1
            and isinstance(values[0], ast.Call)
            and self.model.qualified_name(values[0].func) in api.JINJA2_TEMPLATES_CLASSES
        )

    def _template_response(self, call: ast.Call) -> None:
        first = call.args[0] if call.args else None
        old_form = isinstance(first, ast.Constant) and isinstance(first.value, str)
        template_at, context_at = (0, 1) if old_form else (1, 2)
        template = argument(call, template_at, "name")
        name = self.model.literal_value(template) if template is not None else None
        if not isinstance(name, str):
            return
        for variable, value in self._context_items(call, context_at):
            source = self.source(value)
            if source is not None:
                self.renders.append(Render(name, variable, source, self.file.site(call)))

    def context_data(self, node: ast.ClassDef) -> None:
        """`context["posts"] = qs` in `get_context_data()`, for the class's `template_name`."""
        template = None
        method = None
        for statement in node.body:
            if (
                isinstance(statement, ast.Assign)
                and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
                and statement.targets[0].id == api.RENDER_TEMPLATE_KEYWORD
            ):
                literal = self.model.literal_value(statement.value)
                template = literal if isinstance(literal, str) else None
            elif isinstance(statement, ast.FunctionDef) and statement.name == api.CONTEXT_METHOD:
                method = statement
        if template is None or method is None:
            return
        for found in ast.walk(method):
            if not (
                isinstance(found, ast.Assign)
                and len(found.targets) == 1
                and isinstance(found.targets[0], ast.Subscript)
            ):
                continue
            statement = found
            key = found.targets[0].slice
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                source = self.source(statement.value)
                if source is not None:
                    site = self.file.site(statement)
                    self.renders.append(Render(template, key.value, source, site))

    def _context_items(self, call: ast.Call, position: int) -> Iterator[tuple[str, ast.expr]]:
        if position < 0:
            for keyword in call.keywords:
                if keyword.arg is not None:
                    yield keyword.arg, keyword.value
            return
        context = argument(call, position, api.RENDER_CONTEXT_KEYWORD)
        if isinstance(context, ast.Name):
            values = self.model.assigned_values(context)
            context = values[0] if values and len(values) == 1 else None
        if isinstance(context, ast.Dict):
            for key, value in zip(context.keys, context.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    yield key.value, value
        elif isinstance(context, ast.Call) and self.model.qualified_name(context.func) == (
            "builtins.dict"
        ):
            for keyword in context.keywords:
                if keyword.arg is not None:
                    yield keyword.arg, keyword.value

    def _guard(self, node: ast.AST) -> str | None:
        """The flag parameter whose `if flag:` block holds `node`, when there is one."""
        if not self.flags:
            return None
        child = node
        for ancestor in self.model.ancestors(node):
            if isinstance(ancestor, FunctionNode | ast.Lambda | ast.ClassDef):
                return None
            if (
                isinstance(ancestor, ast.If | ast.IfExp)
                and isinstance(ancestor.test, ast.Name)
                and ancestor.test.id in self.flags
                and child is not ancestor.test
                and in_body(ancestor, child)
            ):
                return ancestor.test.id
            child = ancestor
        return None

    def where(self, node: ast.AST) -> Location:
        """Where an access is (a trace step): cheaper than a full `Site`."""
        return Location(self.file.path, node.lineno, node.col_offset)  # type: ignore[attr-defined]

    def callee(self, func: ast.expr) -> str | None:
        """The qualified name of what a call calls; `self.helper` resolves to the method."""
        key = id(func)
        if key in self.callees:
            return self.callees[key]
        name = self.callees[key] = self._callee(func)
        return name

    def _callee(self, func: ast.expr) -> str | None:
        name = self.model.qualified_name(func)
        if name is not None:
            return name
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            function = self.enclosing_function(func)
            owner = self.model.parent(function) if function is not None else None
            if function is not None and isinstance(owner, ast.ClassDef):
                params = function.args.posonlyargs + function.args.args
                if params and params[0].arg == func.value.id:
                    return f"{self.model.module}.{self.model.qualnames[owner]}.{func.attr}"
        return None

    # -- sources ----------------------------------------------------------------------------

    def source(self, expr: ast.expr, depth: int = 0) -> Source | None:
        """Where the rows of `expr` come from, when it is a queryset (here or from a helper)."""
        kind = type(expr)
        if kind not in _SOURCE_TYPES:
            return None  # a literal, an operation, a comprehension...
        if kind is ast.Name and not self._may_hold_rows(expr):  # type: ignore[arg-type]
            return None
        shape = queryset_shape(self.file, expr)
        if shape is not None:
            if not shape.rows:
                return None
            return Source(shape, None, frozenset(), False, self.file.site(expr))
        eager: set[str] = set()
        rows_only = False
        node = expr
        if (
            isinstance(node, ast.Call)
            and node.args
            and self.model.qualified_name(node.func) in api.ROW_PRESERVING_BUILTINS
        ):
            return self.source(node.args[0], depth + 1)
        if isinstance(node, ast.Subscript):
            node = node.value  # `rows[:10]`
        while (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _CHAIN_METHODS
        ):
            if node.func.attr in _EAGER_METHODS:
                eager.update(
                    a.value
                    for a in node.args
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)
                )
            rows_only = rows_only or node.func.attr in DJANGO_ROWLESS_METHODS
            node = node.func.value
        if isinstance(node, ast.Attribute):
            return self._through(node, eager, depth)
        if self._is_base(node):
            return Source(None, BASE, frozenset(eager), rows_only, self.file.site(expr))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and not node.args
            and (base := queryset_shape(self.file, node.func.value)) is not None
            and base.rows
        ):  # a custom manager or QuerySet method: `Order.shipped.open()`
            site = self.file.site(expr)
            return Source(base, None, frozenset(eager), rows_only, site, (), (node.func.attr,))
        if isinstance(node, ast.Name) and depth < 3:
            values = self.model.assigned_values(node)
            if values and len(values) == 1 and values[0] is not None:
                inner = self.source(values[0], depth + 1)
                if inner is None:
                    return None
                scope = self.model.scope_of.get(node, self.model.tree)
                eager |= self.prefetched.get((id(scope), node.id), set())
                return Source(
                    inner.shape,
                    inner.call,
                    inner.extra_eager | eager,
                    inner.rows_only or rows_only,
                    inner.site,
                    inner.through,
                )
            return None
        if isinstance(node, ast.Call):
            callee = self.callee(node.func)
            if callee is None or callee.startswith(_LIBRARY_PREFIXES) or "<locals>" in callee:
                return None
            if rows_only:
                return None
            return Source(None, callee, frozenset(eager), False, self.file.site(expr))
        return None

    def _may_hold_rows(self, name: ast.Name) -> bool:
        """A name assigned a value (what both a queryset's shape and a helper's result need),
        or a method's `self`; not a parameter, a loop variable or an import."""
        if name.id in self.selves:
            return True
        bindings = self.model.lookup(name.id, name)
        return bindings is not None and any(b.value is not None for b in bindings)

    def _is_base(self, node: ast.expr) -> bool:
        """`super().get_queryset()` / `self` in a method: the manager's or QuerySet's rows."""
        if isinstance(node, ast.Call) and self.model.qualified_name(node.func) == "builtins.super":
            return True
        if isinstance(node, ast.Name) and node.id in self.selves:
            function = self.enclosing_function(node)
            if function is not None and isinstance(self.model.parent(function), ast.ClassDef):
                params = function.args.posonlyargs + function.args.args
                return bool(params) and params[0].arg == node.id
        return False

    def _through(self, node: ast.Attribute, eager: set[str], depth: int) -> Source | None:
        """`order.lines` where `order` is one object (`get_object_or_404(Order, ...)`)."""
        path: list[str] = []
        current: ast.expr = node
        while isinstance(current, ast.Attribute):
            path.append(current.attr)
            current = current.value
        if not isinstance(current, ast.Name) or depth >= 3:
            return None
        values = self.model.assigned_values(current)
        if not values or len(values) != 1 or values[0] is None:
            return None
        shape = queryset_shape(self.file, values[0])
        if shape is None or not is_single(shape) or not shape.rows:
            return None
        site = self.file.site(node)
        return Source(shape, None, frozenset(eager), False, site, tuple(reversed(path)))

    # -- following one variable -------------------------------------------------------------

    def _follow(
        self,
        scope: ast.AST,
        name: str,
        span: Span,
        prefix: tuple[str, ...],
        found: Found,
        depth: int,
        whole: bool = False,
    ) -> None:
        """Record what the code in `span` does with the instance bound to `name`."""
        if depth > MAX_DEPTH:
            return
        for node in self.names.get((scope, name), ()):
            if not inside(node, span):
                continue
            self._use(scope, node, prefix, found, depth, whole)

    def _use(
        self,
        scope: ast.AST,
        node: ast.Name,
        prefix: tuple[str, ...],
        found: Found,
        depth: int,
        whole: bool,
    ) -> None:
        model = self.model
        parents = model.parents  # `model.parent(n)`, without a call per step
        path: list[str] = []
        top: ast.expr = node
        parent = parents.get(top)
        while isinstance(parent, ast.Attribute) and parent.value is top:
            path.append(parent.attr)
            top = parent
            parent = parents.get(top)
        if isinstance(top, ast.Attribute) and not isinstance(top.ctx, ast.Load):
            if len(path) > 1:  # `o.customer.name = x` reads `o.customer`
                access = Access(prefix + tuple(path[:-1]), self.where(top), None, self._guard(top))
                found.add_access(access, whole)
            return
        called = isinstance(parent, ast.Call) and parent.func is top
        if called:
            top = parent  # type: ignore[assignment]
            parent = parents.get(top)
        if not path:
            if called:
                return
            self._bare(scope, node, top, parent, prefix, found, depth, whole)
            return
        site = self.where(top)
        full = prefix + tuple(path)
        anchor = self.file.site(top) if called and path[-1] in _DEFEATING else None
        found.add_access(Access(full, site, anchor, self._guard(top)), whole)
        if called and path[-1] not in _CACHED_COLLECTIONS:
            return  # a method's result: a new query (`o.lines.filter()`) or anything else
        collection = prefix + tuple(path[:-1]) if called else full
        loop = loop_over(model, top)
        if loop is not None:
            target, span = loop
            if target is not None:
                self._follow(scope, target, span, collection, found, depth + 1)
            return
        if isinstance(parent, ast.Call) and top is not parent.func:
            self._handoff(parent, top, collection, called, found, whole)
            return
        alias = alias_target(parent, top)
        if alias is not None:
            span = (top.end_lineno or top.lineno, top.end_col_offset or 0, 10**9, 0)
            self._follow(scope, alias, span, collection, found, depth + 1)

    def _bare(
        self,
        scope: ast.AST,
        node: ast.Name,
        top: ast.expr,
        parent: ast.AST | None,
        prefix: tuple[str, ...],
        found: Found,
        depth: int,
        whole: bool,
    ) -> None:
        """The variable itself: iterated, handed to a call, formatted, or aliased."""
        model = self.model
        loop = loop_over(model, top)
        if loop is not None:
            target, span = loop
            if target is not None and whole:
                inner = Found()
                self._follow(scope, target, span, prefix, inner, depth + 1)
                found.add_elements(inner.usage(), self.file.site(node))
            return
        if isinstance(parent, ast.FormattedValue):
            access = Access((*prefix, "__str__"), self.where(node), None, self._guard(node))
            found.add_access(access, whole)
            return
        if isinstance(parent, ast.Call) and top is not parent.func:
            callee = self.callee(parent.func)
            if callee in api.STR_CALLS:
                access = Access((*prefix, "__str__"), self.where(node), None, self._guard(node))
                found.add_access(access, whole)
                return
            self._handoff(parent, top, prefix, False, found, whole)
            return
        alias = alias_target(parent, top)
        if alias is not None and prefix:
            span = (node.end_lineno or node.lineno, node.end_col_offset or 0, 10**9, 0)
            self._follow(scope, alias, span, prefix, found, depth + 1)

    def _handoff(
        self,
        call: ast.Call,
        argument: ast.expr,
        prefix: tuple[str, ...],
        collection: bool,
        found: Found,
        whole: bool,
    ) -> None:
        callee = self.callee(call.func)
        if callee is None or callee.startswith(_LIBRARY_PREFIXES):
            return
        position, keyword = -1, None
        if argument in call.args:
            position = call.args.index(argument)
        else:
            keyword = next((k.arg for k in call.keywords if k.value is argument), None)
            if keyword is None:
                return
        handoff = Handoff(
            callee,
            position,
            keyword,
            prefix,
            collection,
            self.where(call),
            tuple(k.arg for k in call.keywords if k.arg is not None),
            len(call.args),
            self._guard(call),
        )
        found.add_handoff(handoff, whole)
