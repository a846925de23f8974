"""Per file: which functions receive request data, and each function's taint summary.

Runs in the worker that parsed the file. A function's parameters start as symbolic `Param`
taints; the parameters of web entry points (FastAPI path operations, Flask routes, Django views,
GraphQL resolvers) are also concrete `Source`s, and request objects (`request` in a Django view,
a parameter annotated `Request`) are modelled so that `request.GET` is a source and
`request.user` is not.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from scrutiny.context import FileContext
from scrutiny.finding import Location, Step
from scrutiny.frameworks import taint_sinks as sinks
from scrutiny.frameworks import taint_sources as src
from scrutiny.frameworks.taint_sanitizers import ALL
from scrutiny.semantic.model import SemanticModel
from scrutiny.taint.interpret import Env, FunctionNode, Interpreter
from scrutiny.taint.labels import Param, Source, Taint
from scrutiny.taint.patterns import pattern_clears
from scrutiny.taint.summary import FunctionTaint, ModuleTaint, Route
from scrutiny.taint.values import CLEAN, Value

_FLASK_CONVERTER = re.compile(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>")
_DJANGO_CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")
_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>((?:[^()\\]|\\.)*)\)")
ROUTE_OBJECT_NAMES = frozenset({"app", "router", "bp", "blueprint", "api", "api_router"})


@dataclass(frozen=True)
class Entry:
    """How a function is reached from the web, if it is."""

    framework: str | None  # "fastapi" | "flask" | "django" | "graphql" | None
    converted: frozenset[str]  # parameters a route converter turns into numbers or UUIDs
    context: frozenset[str] = frozenset()  # parameters the framework passes (a resolver's `info`)


def summarize_file(file: FileContext) -> ModuleTaint:
    semantic = file.semantic
    module_env = _module_globals(file)
    web = _web_request_model(semantic)
    summaries: list[FunctionTaint] = []
    for node in semantic.qualnames:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        summaries.append(_summarize_function(file, node, module_env, web))
    instances = tuple(
        (f"{semantic.module}.{name}", value.instance)
        for name, value in module_env.items()
        if value.instance is not None
    )
    return ModuleTaint(tuple(summaries), _routes(semantic), instances)


def _web_request_model(semantic: SemanticModel) -> src.RequestModel | None:
    """What an unannotated `request` parameter is in this file: nothing without a web framework,
    a Django request when Django (or DRF) is the only one imported, else any framework's."""
    packages = {
        (binding.target or "").split(".", 1)[0]
        for scope in semantic.bindings.values()
        for bindings in scope.values()
        for binding in bindings
        if binding.kind == "import"
    } & src.WEB_FRAMEWORK_PACKAGES
    if not packages:
        return None
    return src.DJANGO if packages <= src.DJANGO_PACKAGES else src.ANY_REQUEST


def _routes(semantic: SemanticModel) -> tuple[Route, ...]:
    """What this file's URLconf routes to: `path("x/", views.detail)`, `View.as_view()`, with the
    URL parameters a converter (`<int:pk>`, `(?P<year>[0-9]{4})`) restricts to safe values."""
    routed: list[Route] = []
    for calls in semantic.calls.values():
        for call in calls:
            function = semantic.qualified_name(call.func)
            if function not in src.URLCONF_FUNCTIONS:
                continue
            view = call.args[1] if len(call.args) > 1 else None
            view = next((k.value for k in call.keywords if k.arg == "view"), view)
            if isinstance(view, ast.Call) and isinstance(view.func, ast.Attribute):
                view = view.func.value  # `SomeView.as_view(...)`
            name = semantic.qualified_name(view) if view is not None else None
            if name:
                pattern = semantic.literal_value(call.args[0]) if call.args else None
                converted = (
                    _converted_url_parameters(pattern, function == "django.urls.path")
                    if isinstance(pattern, str)
                    else frozenset()
                )
                routed.append((name, converted))
    return tuple(routed)


def _converted_url_parameters(pattern: str, converters: bool) -> frozenset[str]:
    """`path()` converters that admit only safe values, or `re_path()` groups of a strict regex."""
    if converters:
        return frozenset(
            name
            for converter, name in _DJANGO_CONVERTER.findall(pattern)
            if converter in src.SAFE_DJANGO_CONVERTERS
        )
    return frozenset(
        name for name, group in _NAMED_GROUP.findall(pattern) if pattern_clears(group) == ALL
    )


def _module_globals(file: FileContext) -> Env:
    """Constants, containers, object types and request proxies bound at module level (never
    taint: module code runs at import, not per request)."""
    interpreter = Interpreter(file, f"{file.semantic.module}.<module>", {})
    env = interpreter.run_block(file.tree.body, {}) or {}
    return {name: _untainted(value) for name, value in env.items()}


def _untainted(value: Value) -> Value:
    items = None if value.items is None else tuple((k, _untainted(v)) for k, v in value.items)
    return Value(
        const=value.const,
        types=value.types,
        request=value.request,
        items=items,
        function=value.function,
        instance=value.instance,
    )


def _summarize_function(
    file: FileContext, node: FunctionNode, module_env: Env, web: src.RequestModel | None
) -> FunctionTaint:
    semantic = file.semantic
    qualname = f"{semantic.module}.{semantic.qualnames[node]}"
    parent = semantic.parent(node)
    in_class = isinstance(parent, ast.ClassDef)
    decorators = {semantic.qualified_name(_decorator_target(d)) or "" for d in node.decorator_list}
    bound = in_class and "builtins.staticmethod" not in decorators
    owner = (
        f"{semantic.module}.{semantic.qualnames[parent]}"
        if isinstance(parent, ast.ClassDef)
        else None
    )
    positional = [*node.args.posonlyargs, *node.args.args]
    params = [a.arg for a in (*positional, *node.args.kwonlyargs)]
    extras = [
        (f"{stars}{a.arg}", a)
        for stars, a in (("*", node.args.vararg), ("**", node.args.kwarg))
        if a
    ]
    self_name = positional[0].arg if bound and positional else None
    entry = _entry(file, node, parent, bound)
    interpreter = Interpreter(file, qualname, module_env, owner, self_name)
    interpreter.request_model = web or src.ANY_REQUEST  # what `self.request` is in a view class
    interpreter.html_returns = entry.framework == "flask"
    if isinstance(parent, ast.ClassDef) and node.name in sinks.TEMPLATE_CONTEXT_METHODS:
        interpreter.context_template = _class_constant(parent, "template_name")
    env: Env = {}
    defaults = _defaults(node)
    request_seen = False
    for index, arg in enumerate((*positional, *node.args.kwonlyargs)):
        if arg.arg == self_name and index == 0:
            env[arg.arg] = CLEAN
            continue
        first = web is not None and not request_seen and index <= (1 if bound else 0)
        request = _request_model(arg, semantic, web if first else None)
        if request is not None:
            env[arg.arg] = Value(request=request)
            request_seen = True
            continue
        step = Step(_location(file, arg), f"parameter `{arg.arg}` of `{node.name}`")
        taints = [Taint(Param(qualname, index, arg.arg), frozenset(), (step,))]
        source = _source_parameter(arg, entry, semantic, request_seen, qualname)
        if source is not None:
            taints.append(source)
        value = Value(tuple(taints))
        default = defaults.get(arg.arg)
        if default is not None:
            value = Value(value.taints + interpreter.eval(default, dict(module_env)).all_taints())
        if arg.arg in entry.context or _non_data(arg, defaults.get(arg.arg), semantic):
            value = CLEAN
        if arg.annotation is not None:
            declared = semantic.qualified_name(_annotation_target(arg.annotation, semantic)) or ""
            if declared in sinks.TYPE_OF_ANNOTATION:  # `cursor: sqlite3.Cursor`
                value = Value(types=frozenset({sinks.TYPE_OF_ANNOTATION[declared]}))
        env[arg.arg] = value
    for name, extra in extras:  # `*args`, `**kwargs`: parameters after the named ones
        step = Step(_location(file, extra), f"parameter `{name}` of `{node.name}`")
        value = Value((Taint(Param(qualname, len(params), name), frozenset(), (step,)),))
        if entry.framework and (entry.framework != "django" or request_seen):
            value = Value(value.taints + _source_value(file, name, extra, entry, qualname).taints)
        env[extra.arg] = value
        params.append(name)
    interpreter.run_block(node.body, env)
    return interpreter.summary(tuple(params), len(positional), bound)


def _location(file: FileContext, node: ast.arg) -> Location:
    """`file.site(node).location`, without making the snippet and the enclosing symbol (a
    parameter on ASCII lines, as nearly all are)."""
    lines = file.lines
    line, end_line, end_column = node.lineno, node.end_lineno, node.end_col_offset
    if (
        end_line is None
        or end_column is None
        or not (0 < line <= len(lines) and 0 < end_line <= len(lines))
        or not (lines[line - 1].isascii() and lines[end_line - 1].isascii())
    ):
        return file.site(node).location
    return Location(file.path, line, node.col_offset, end_line, end_column)


def _source_parameter(
    arg: ast.arg, entry: Entry, semantic: SemanticModel, after_request: bool, qualname: str
) -> Taint | None:
    if entry.framework is None:
        return None
    if entry.framework == "django" and not after_request:
        return None
    kinds: frozenset[str] = frozenset()
    target = _annotation_target(arg.annotation, semantic) if arg.annotation is not None else None
    annotation = semantic.qualified_name(target) if target is not None else None
    if (
        arg.arg in entry.converted
        or annotation in src.CONVERTING_ANNOTATIONS
        or _is_literal_annotation(target, semantic)
    ):
        kinds = ALL
    role = "resolver" if entry.framework == "graphql" else "route"
    what = f"{entry.framework} {role} parameter `{arg.arg}`"
    route, parameter = (qualname, arg.arg) if entry.framework == "django" else ("", "")
    return Taint(Source("remote", what, route, parameter, annotation or ""), kinds, ())


def _is_literal_annotation(annotation: ast.expr | None, semantic: SemanticModel) -> bool:
    """`Literal["asc", "desc"]`: the framework accepts only these values."""
    return (
        isinstance(annotation, ast.Subscript)
        and semantic.qualified_name(annotation.value) in src.LITERAL_ANNOTATIONS
    )


def _source_value(file: FileContext, name: str, arg: ast.arg, entry: Entry, qualname: str) -> Value:
    """`*args` or `**kwargs` of an entry point (for a Django view: only if it is routed)."""
    what = f"{entry.framework} parameters `{name}`"
    step = Step(file.site(arg).location, f"source: {what}")
    route, parameter = (qualname, name) if entry.framework == "django" else ("", "")
    return Value((Taint(Source("remote", what, route, parameter), frozenset(), (step,)),))


def _non_data(arg: ast.arg, default: ast.expr | None, semantic: SemanticModel) -> bool:
    """A parameter the application provides: `db: Session`, `= Depends(...)`, or
    `Annotated[Settings, Depends(get_settings)]`."""
    markers: list[ast.expr | None] = [default]
    annotation = arg.annotation
    if annotation is not None:
        target = _annotation_target(annotation, semantic)
        if semantic.qualified_name(target) in src.NON_DATA_ANNOTATIONS:
            return True
        if target is not annotation and isinstance(annotation, ast.Subscript):
            markers += annotation.slice.elts[1:] if isinstance(annotation.slice, ast.Tuple) else []
    return any(
        isinstance(marker, ast.Call)
        and semantic.qualified_name(marker.func) in src.NON_DATA_DEFAULTS
        for marker in markers
    )


def _annotation_target(annotation: ast.expr, semantic: SemanticModel) -> ast.expr:
    """`Annotated[Session, Depends(...)]` -> `Session`."""
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.slice, ast.Tuple)
        and annotation.slice.elts
        and semantic.qualified_name(annotation.value) in src.ANNOTATED
    ):
        return annotation.slice.elts[0]
    return annotation


def _defaults(node: FunctionNode) -> dict[str, ast.expr]:
    positional = [*node.args.posonlyargs, *node.args.args]
    found = dict(
        zip(
            [a.arg for a in positional[len(positional) - len(node.args.defaults) :]],
            node.args.defaults,
            strict=True,
        )
    )
    for arg, default in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True):
        if default is not None:
            found[arg.arg] = default
    return found


def _request_model(
    arg: ast.arg, semantic: SemanticModel, unannotated: src.RequestModel | None
) -> src.RequestModel | None:
    """The request object a parameter is: by its annotation, or (for the first parameter of a
    view, `unannotated`) by its name."""
    if arg.annotation is not None:
        annotation = semantic.qualified_name(_annotation_target(arg.annotation, semantic)) or ""
        for model in src.REQUEST_MODELS:
            if annotation in model.types:
                return model
    if unannotated is not None and arg.arg in src.REQUEST_PARAM_NAMES:
        return unannotated
    return None


def _decorator_target(decorator: ast.expr) -> ast.expr:
    return decorator.func if isinstance(decorator, ast.Call) else decorator


def _entry(file: FileContext, node: FunctionNode, parent: ast.AST | None, bound: bool) -> Entry:
    semantic = file.semantic
    positional = [*node.args.posonlyargs, *node.args.args]
    if bound:
        positional = positional[1:]
    # graphene and ariadne resolvers receive the parent object first, then `info`
    resolver_context = frozenset({"info", *(a.arg for a in positional[:1])})
    for decorator in node.decorator_list:
        target = _decorator_target(decorator)
        qualified = semantic.qualified_name(target) or ""
        if qualified in src.GRAPHQL_RESOLVER_DECORATORS:
            return Entry("graphql", frozenset(), frozenset({"info"}))
        if qualified in src.VIEW_DECORATORS:
            return Entry("django", frozenset())
        if isinstance(target, ast.Attribute):
            framework = _route_framework(target, semantic)
            if framework == "flask":
                return Entry("flask", _flask_converted(decorator, semantic))
            if framework == "graphql":
                return Entry("graphql", frozenset(), resolver_context)
            if framework is not None:
                return Entry(framework, frozenset())
    if isinstance(parent, ast.ClassDef) and node.name.startswith("resolve_"):
        bases = {semantic.qualified_name(b) for b in parent.bases}
        if bases & src.GRAPHQL_OBJECT_BASES:
            return Entry("graphql", frozenset(), resolver_context)
    if positional and positional[0].arg in src.REQUEST_PARAM_NAMES:
        # a Django view if a URLconf routes to it (checked in the project phase)
        return Entry("django", frozenset())
    return Entry(None, frozenset())


def _route_framework(target: ast.Attribute, semantic: SemanticModel) -> str | None:
    """`flask`, `fastapi` or `graphql` for a decorator `<app>.<method>`, from what made `<app>`."""
    base = target.value
    factory = _factory(base, semantic)
    if factory in src.ARIADNE_FACTORIES:
        return "graphql" if target.attr in src.ARIADNE_FIELD_METHODS else None
    if target.attr not in src.ROUTE_METHODS:
        return None
    if factory in src.ROUTE_FACTORIES:
        return src.ROUTE_FACTORIES[factory]
    if isinstance(base, ast.Name) and base.id.lower() in ROUTE_OBJECT_NAMES:
        return "flask" if target.attr == "route" else "fastapi"
    return None


def _factory(base: ast.expr, semantic: SemanticModel) -> str | None:
    """The known factory that created an application or router object (`Flask`, `QueryType`)."""
    if isinstance(base, ast.Call):
        return semantic.qualified_name(base.func)
    if not isinstance(base, ast.Name):
        return None
    for value in semantic.assigned_values(base) or ():
        if isinstance(value, ast.Call):
            factory = semantic.qualified_name(value.func) or ""
            if factory in src.ROUTE_FACTORIES or factory in src.ARIADNE_FACTORIES:
                return factory
    return None


def _flask_converted(decorator: ast.expr, semantic: SemanticModel) -> frozenset[str]:
    if not isinstance(decorator, ast.Call) or not decorator.args:
        return frozenset()
    rule = semantic.literal_value(decorator.args[0])
    if not isinstance(rule, str):
        return frozenset()
    return frozenset(
        name
        for converter, name in _FLASK_CONVERTER.findall(rule)
        if converter in src.CONVERTING_ROUTE_CONVERTERS
    )


def _class_constant(node: ast.ClassDef, name: str) -> str | None:
    """A string set in the class body: `template_name = "shop/search.html"`."""
    for statement in node.body:
        if (
            isinstance(statement, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in statement.targets)
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        ):
            return statement.value.value
    return None
