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
from dataclasses import dataclass, replace

from scrutiny.context import FileContext
from scrutiny.finding import Step
from scrutiny.frameworks import taint_sources as src
from scrutiny.frameworks.taint_sanitizers import ALL
from scrutiny.semantic.model import SemanticModel
from scrutiny.taint.interpret import Env, FunctionNode, Interpreter
from scrutiny.taint.labels import Param, Source, Taint
from scrutiny.taint.summary import FunctionTaint, ModuleTaint
from scrutiny.taint.values import CLEAN, Value

_FLASK_CONVERTER = re.compile(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>")
ROUTE_OBJECT_NAMES = frozenset({"app", "router", "bp", "blueprint", "api", "api_router"})


@dataclass(frozen=True)
class Entry:
    """How a function is reached from the web, if it is."""

    framework: str | None  # "fastapi" | "flask" | "django" | "graphql" | None
    converted: frozenset[str]  # parameters a route converter turns into numbers or UUIDs


def summarize_file(file: FileContext) -> ModuleTaint:
    semantic = file.semantic
    module_env = _module_globals(file)
    web = _uses_web_framework(semantic)
    summaries: list[FunctionTaint] = []
    for node in semantic.qualnames:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        summaries.append(_summarize_function(file, node, module_env, web))
    return ModuleTaint(tuple(summaries), _routes(semantic))


def _uses_web_framework(semantic: SemanticModel) -> bool:
    return any(
        (binding.target or "").split(".", 1)[0] in src.WEB_FRAMEWORK_PACKAGES
        for scope in semantic.bindings.values()
        for bindings in scope.values()
        for binding in bindings
        if binding.kind == "import"
    )


def _routes(semantic: SemanticModel) -> tuple[str, ...]:
    """What this file's URLconf routes to: `path("x/", views.detail)`, `View.as_view()`."""
    routed: list[str] = []
    for calls in semantic.calls.values():
        for call in calls:
            if semantic.qualified_name(call.func) not in src.URLCONF_FUNCTIONS:
                continue
            view = call.args[1] if len(call.args) > 1 else None
            view = next((k.value for k in call.keywords if k.arg == "view"), view)
            if isinstance(view, ast.Call) and isinstance(view.func, ast.Attribute):
                view = view.func.value  # `SomeView.as_view(...)`
            name = semantic.qualified_name(view) if view is not None else None
            if name:
                routed.append(name)
    return tuple(routed)


def _module_globals(file: FileContext) -> Env:
    """Constants, object types and request proxies bound at module level (never taint)."""
    interpreter = Interpreter(file, f"{file.semantic.module}.<module>", {})
    env = interpreter.run_block(file.tree.body, {}) or {}
    return {
        name: Value(
            const=value.const, types=value.types, request=value.request, function=value.function
        )
        for name, value in env.items()
    }


def _summarize_function(
    file: FileContext, node: FunctionNode, module_env: Env, web: bool
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
    self_name = positional[0].arg if bound and positional else None
    entry = _entry(file, node, parent)
    interpreter = Interpreter(file, qualname, module_env, owner, self_name)
    interpreter.html_returns = entry.framework == "flask"
    env: Env = {}
    defaults = _defaults(node)
    request_seen = False
    for index, arg in enumerate((*positional, *node.args.kwonlyargs)):
        if arg.arg == self_name and index == 0:
            env[arg.arg] = CLEAN
            continue
        first = web and not request_seen and index <= (1 if bound else 0)
        request = _request_model(arg, semantic, first=first)
        if request is not None:
            env[arg.arg] = Value(request=request)
            request_seen = True
            continue
        step = Step(file.site(arg).location, f"parameter `{arg.arg}` of `{node.name}`")
        taints = [Taint(Param(qualname, index, arg.arg), frozenset(), (step,))]
        source = _source_parameter(arg, entry, semantic, request_seen, qualname)
        if source is not None:
            taints.append(source)
        value = Value(tuple(taints))
        default = defaults.get(arg.arg)
        if default is not None:
            value = Value(value.taints + interpreter.eval(default, dict(module_env)).all_taints())
        if _non_data(arg, defaults.get(arg.arg), semantic):
            value = CLEAN
        env[arg.arg] = value
    for extra in (node.args.vararg, node.args.kwarg):
        if extra is not None:
            env[extra.arg] = _source_value(file, extra, entry) if entry.framework else CLEAN
    interpreter.run_block(node.body, env)
    return interpreter.summary(node.name, tuple(params), bound, node)


def _source_parameter(
    arg: ast.arg, entry: Entry, semantic: SemanticModel, after_request: bool, qualname: str
) -> Taint | None:
    if entry.framework is None:
        return None
    if entry.framework == "django" and not after_request:
        return None
    kinds: frozenset[str] = frozenset()
    annotation = semantic.qualified_name(arg.annotation) if arg.annotation is not None else None
    if arg.arg in entry.converted or annotation in src.CONVERTING_ANNOTATIONS:
        kinds = ALL
    role = "resolver" if entry.framework == "graphql" else "route"
    what = f"{entry.framework} {role} parameter `{arg.arg}`"
    route = qualname if entry.framework == "django" else ""
    return Taint(Source("remote", what, route), kinds, ())


def _source_value(file: FileContext, arg: ast.arg, entry: Entry) -> Value:
    what = f"{entry.framework} parameters `**{arg.arg}`"
    step = Step(file.site(arg).location, f"source: {what}")
    return Value((Taint(Source("remote", what), frozenset(), (step,)),))


def _non_data(arg: ast.arg, default: ast.expr | None, semantic: SemanticModel) -> bool:
    if arg.annotation is not None:
        annotation = semantic.qualified_name(_annotation_target(arg.annotation))
        if annotation in src.NON_DATA_ANNOTATIONS:
            return True
    if isinstance(default, ast.Call):
        return semantic.qualified_name(default.func) in src.NON_DATA_DEFAULTS
    return False


def _annotation_target(annotation: ast.expr) -> ast.expr:
    """`Annotated[Session, Depends(...)]` -> `Session`."""
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.slice, ast.Tuple)
        and annotation.slice.elts
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


def _request_model(arg: ast.arg, semantic: SemanticModel, first: bool) -> src.RequestModel | None:
    if arg.annotation is not None:
        annotation = semantic.qualified_name(_annotation_target(arg.annotation)) or ""
        for model in src.REQUEST_MODELS:
            if annotation in model.types:
                return model
    if first and arg.arg in src.REQUEST_PARAM_NAMES:
        return src.ANY_REQUEST
    return None


def _decorator_target(decorator: ast.expr) -> ast.expr:
    return decorator.func if isinstance(decorator, ast.Call) else decorator


def _entry(file: FileContext, node: FunctionNode, parent: ast.AST | None) -> Entry:
    semantic = file.semantic
    for decorator in node.decorator_list:
        target = _decorator_target(decorator)
        qualified = semantic.qualified_name(target) or ""
        if qualified in src.GRAPHQL_RESOLVER_DECORATORS:
            return Entry("graphql", frozenset())
        if qualified in src.VIEW_DECORATORS:
            return Entry("django", frozenset())
        if isinstance(target, ast.Attribute):
            framework = _route_framework(target, semantic)
            if framework == "flask":
                return Entry("flask", _flask_converted(decorator, semantic))
            if framework is not None:
                return Entry(framework, frozenset())
    if isinstance(parent, ast.ClassDef) and node.name.startswith("resolve_"):
        bases = {semantic.qualified_name(b) for b in parent.bases}
        if bases & src.GRAPHQL_OBJECT_BASES:
            return Entry("graphql", frozenset())
    positional = [*node.args.posonlyargs, *node.args.args]
    if isinstance(parent, ast.ClassDef):
        positional = positional[1:]
    module_tail = semantic.module.rsplit(".", 1)[-1]
    if positional and positional[0].arg in src.REQUEST_PARAM_NAMES and "view" in module_tail:
        return Entry("django", frozenset())
    return Entry(None, frozenset())


def _route_framework(target: ast.Attribute, semantic: SemanticModel) -> str | None:
    if target.attr not in src.ROUTE_METHODS:
        return None
    base = target.value
    if isinstance(base, ast.Name):
        values = semantic.assigned_values(base)
        for value in values or ():
            if isinstance(value, ast.Call):
                factory = semantic.qualified_name(value.func) or ""
                if factory in src.ROUTE_FACTORIES:
                    return src.ROUTE_FACTORIES[factory]
        if base.id.lower() in ROUTE_OBJECT_NAMES:
            return "flask" if target.attr == "route" else "fastapi"
    if isinstance(base, ast.Call):
        factory = semantic.qualified_name(base.func) or ""
        if factory in src.ARIADNE_FACTORIES:
            return "graphql"
    values = semantic.assigned_values(base) if isinstance(base, ast.Name) else None
    for value in values or ():
        if (
            isinstance(value, ast.Call)
            and semantic.qualified_name(value.func) in src.ARIADNE_FACTORIES
        ):
            return "graphql"
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


__all__ = ["replace", "summarize_file"]
