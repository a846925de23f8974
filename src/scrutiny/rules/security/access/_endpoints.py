"""Endpoints of a file and what guards them: shared fact extraction for the access-control rules.

Not a rule (it defines no `RULE`): the SEC214-SEC217 rules call `extract(file)` from their
`collect` and join the facts of every file in `finish`. Extraction only reads the file's semantic
model; all framework knowledge comes from `scrutiny.frameworks.auth`.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from scrutiny.context import FileContext
from scrutiny.frameworks import auth
from scrutiny.semantic.model import SemanticModel
from scrutiny.semantic.project import Site
from scrutiny.semantic.walk import walk_breadth_first

from ._names import (
    framework_name,
    in_framework,
    is_login_like,
    named_like_guard,
    requires_login,
    words,
)
from ._ownership import Fetch, OwnerFilter, Ownership

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
DYNAMIC = "<dynamic permissions>"  # the qualname of a `get_permissions()` override guard
INLINE = "<inline>"  # the qualname of an inline check (`abort(401)`, `is_authenticated`)


@dataclass(frozen=True)
class Guard:
    """Something that may require an authenticated user: a decorator, dependency, base, check."""

    label: str  # how the message names it: "@login_required", "Depends(get_current_user)"
    qualname: str  # what it resolves to ("" when unknown), to confirm project helpers in finish
    known: bool  # a guard by itself (known API, or named like one)
    staff: bool = False  # grants access by role or permission, not by ownership


@dataclass(frozen=True)
class Endpoint:
    framework: str  # "fastapi" | "flask" | "django" | "drf"
    qualname: str
    name: str
    group: str  # siblings share it: the router / blueprint, or the module for Django
    group_label: str
    path: str
    methods: frozenset[str]  # lower-case HTTP methods; empty when unknown
    guards: tuple[Guard, ...]
    site: Site
    rate_limits: tuple[Guard, ...] = ()  # decorators / dependencies that may rate-limit it
    limiter_refs: tuple[str, ...] = ()  # `<limiter>.limit`: qualified limiter objects
    exempt: bool = False  # `@limiter.exempt`
    credential_check: str = ""  # "call": authenticate() / check_password(); "fields": reads one
    allow_any: Site | None = None  # `@permission_classes([AllowAny])`


@dataclass(frozen=True)
class ViewClass:
    """A class that may be a Django or DRF view; which one is decided with its ancestry."""

    qualname: str
    name: str
    module: str
    bases: tuple[str, ...]
    site: Site
    write_methods: frozenset[str]  # post/put/patch/delete defined here, or write @actions
    guards: tuple[Guard, ...]
    permissions: tuple[str, ...] | None  # permission_classes, qualified; None when not set here
    permissions_site: Site | None
    authentication_set: bool
    throttles: tuple[str, ...] | None  # throttle_classes; None when not set here
    rate_limits: tuple[Guard, ...]
    credential_check: str
    owner_scoped: bool  # get_queryset / get_object mention the current user
    unscoped_queryset: Fetch | None  # get_queryset returns Model.objects.all()
    generic_model: Fetch | None = None  # `model = Order` / `queryset = Order.objects.all()`
    custom_lookup: bool = False  # defines get_queryset or get_object
    owner_checked: bool = False  # a handler compares the object's owner with the user


@dataclass(frozen=True)
class Limiter:
    qualname: str
    has_defaults: bool


@dataclass(frozen=True)
class UrlRoute:
    """A URLconf entry: the view it routes to and whether it wraps it in a guard."""

    view: str
    guards: tuple[Guard, ...]
    site: Site
    rate_limited: bool = False  # `ratelimit(...)(View.as_view())`, `as_view(throttle_classes=...)`
    path: str | None = None  # the URL pattern, when it is a literal


@dataclass(frozen=True)
class Facts:
    module: str
    path: str
    in_framework: bool
    endpoints: tuple[Endpoint, ...] = ()
    classes: tuple[ViewClass, ...] = ()
    guarded_groups: tuple[tuple[str, Guard], ...] = ()  # router-level guards, before_request
    included: tuple[tuple[str, Guard], ...] = ()  # include_router(x, dependencies=[...])
    limiters: tuple[Limiter, ...] = ()
    url_routes: tuple[UrlRoute, ...] = ()
    fetches: tuple[Fetch, ...] = ()
    owner_filters: tuple[OwnerFilter, ...] = ()
    auth_helpers: tuple[str, ...] = ()  # functions whose body refuses unauthenticated users
    app_guards: tuple[tuple[str, Guard], ...] = ()  # (package, guard) for a whole application
    guard_aliases: tuple[str, ...] = ()  # `CurrentUser = Annotated[User, Depends(get_user)]`
    limited_groups: tuple[str, ...] = ()  # `limiter.limit("10/minute")(blueprint)`
    settings: Mapping[str, Any] = field(default_factory=dict)


# -- names ------------------------------------------------------------------------------------


def uses_web_framework(semantic: SemanticModel) -> bool:
    for bindings in semantic.bindings.get(semantic.tree, {}).values():
        for binding in bindings:
            if binding.kind == "import" and _relevant(binding.target or ""):
                return True
    return any(
        isinstance(s, ast.ImportFrom) and s.level == 0 and _relevant(s.module or "")
        for s in semantic.tree.body
    )


def _relevant(qualname: str) -> bool:
    return qualname.split(".", 1)[0] in auth.RELEVANT_PACKAGES


def extract(file: FileContext) -> Facts | None:
    """Everything the access-control rules need from one file (None for unrelated files),
    extracted once per file for the four rules."""
    return file.shared("access-control", _extract)


def _extract(file: FileContext) -> Facts | None:
    semantic = file.semantic
    settings = _settings(file)
    if not uses_web_framework(semantic):
        if settings:
            return Facts(semantic.module, file.path, False, settings=settings)
        return None
    extractor = _Extractor(file)
    extractor.run()
    return Facts(
        semantic.module,
        file.path,
        in_framework(semantic.module),
        tuple(extractor.endpoints),
        tuple(extractor.classes),
        tuple(extractor.guarded_groups),
        tuple(extractor.included),
        tuple(extractor.limiters),
        tuple(extractor.url_routes),
        tuple(extractor.ownership.fetches),
        tuple(extractor.ownership.owner_filters),
        tuple(extractor.auth_helpers),
        tuple(extractor.app_guards),
        tuple(extractor.guard_aliases),
        tuple(extractor.limited_groups),
        settings,
    )


def _settings(file: FileContext) -> dict[str, Any]:
    """Settings that guard or throttle everything: DRF defaults, django-axes, login middleware."""
    found: dict[str, Any] = {}
    semantic = file.semantic
    for statement in file.tree.body:
        if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
            continue
        target = statement.targets[0]
        if not isinstance(target, ast.Name):
            continue
        if target.id == auth.DRF_SETTINGS and isinstance(statement.value, ast.Dict):
            for key, value in zip(statement.value.keys, statement.value.values, strict=True):
                name = semantic.literal_value(key) if key is not None else None
                if name == auth.DRF_DEFAULT_PERMISSIONS:
                    found["drf_permissions"] = _string_items(value, semantic)
                elif isinstance(name, str) and name in auth.DRF_DEFAULT_THROTTLES:
                    found["drf_throttles"] = bool(_string_items(value, semantic))
        elif target.id in auth.AXES_SETTINGS:
            items = set(_string_items(statement.value, semantic))
            if items & auth.AXES_SETTINGS[target.id]:
                found["axes"] = True
            if target.id == "MIDDLEWARE" and (
                items & auth.LOGIN_REQUIRED_MIDDLEWARE
                or any(requires_login(i.rsplit(".", 1)[-1]) for i in items)
            ):
                found["login_middleware"] = True
    return found


def _string_items(value: ast.expr, semantic: SemanticModel) -> tuple[str, ...]:
    if isinstance(value, ast.BinOp):  # [...] + [...]
        return _string_items(value.left, semantic) + _string_items(value.right, semantic)
    if not isinstance(value, ast.List | ast.Tuple):
        return ()
    items = (semantic.literal_value(e) for e in value.elts)
    return tuple(i for i in items if isinstance(i, str))


class _Extractor:
    def __init__(self, file: FileContext) -> None:
        self.file = file
        self.semantic = file.semantic
        self.module = file.semantic.module
        self.endpoints: list[Endpoint] = []
        self.classes: list[ViewClass] = []
        self.guarded_groups: list[tuple[str, Guard]] = []
        self.included: list[tuple[str, Guard]] = []
        self.limiters: list[Limiter] = []
        self.url_routes: list[UrlRoute] = []
        self.auth_helpers: list[str] = []
        self.guard_aliases: list[str] = []
        self.app_guards: list[tuple[str, Guard]] = []
        self.limited_groups: list[str] = []
        self.ownership = Ownership(file, self._is_view_like, self._staff_guarded)
        self.apps: set[str] = set()  # local names of application objects (not blueprints)
        self.routers: dict[str, str] = {}  # local name -> framework
        self._inline_holders: set[ast.AST] | None = None  # see `_around_inline_guards`
        self._inline_checks: set[ast.AST] = set()  # filled with it

    def run(self) -> None:
        self._module_objects()
        if self._hooks_or_middleware():  # one pass: group guards of both kinds in source order
            handlers: dict[type[ast.AST], Callable[[Any], None]] = {
                ast.FunctionDef: self._function,
                ast.AsyncFunctionDef: self._function,
                ast.ClassDef: self._class,
                ast.Call: self._call,
            }
            for node in self.semantic.nodes:
                handler = handlers.get(type(node))
                if handler is not None:
                    handler(node)
            return
        for definition in self.semantic.qualnames:  # every def and class, in source order
            if isinstance(definition, ast.ClassDef):
                self._class(definition)
            else:
                self._function(definition)  # type: ignore[arg-type]
        for call in self.file.nodes(ast.Call):
            self._call(call)

    def _hooks_or_middleware(self) -> bool:
        """Whether both functions (`@bp.before_request`) and calls (`bp.before_request(f)`,
        `app.add_middleware(M)`) may add group guards: the only facts whose order mixes the
        two kinds of node."""
        names = auth.BEFORE_REQUEST_HOOKS | auth.MIDDLEWARE_METHODS
        return any(a.attr in names for a in self.file.nodes(ast.Attribute))

    # -- module-level objects: routers, limiters ----------------------------------------------

    def _module_objects(self) -> None:
        for statement in self.file.tree.body:
            if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Subscript):
                calls = [c for c in ast.walk(statement.value) if isinstance(c, ast.Call)]
                if any(self._depends_guard(c) for c in calls):
                    self.guard_aliases += [
                        f"{self.module}.{t.id}"
                        for t in statement.targets
                        if isinstance(t, ast.Name)
                    ]
            if not isinstance(statement, ast.Assign) or not isinstance(statement.value, ast.Call):
                continue
            factory = self.semantic.qualified_name(statement.value.func) or ""
            for target in statement.targets:
                if not isinstance(target, ast.Name):
                    continue
                qualname = f"{self.module}.{target.id}"
                if factory in auth.ROUTER_FACTORIES:
                    self.routers[target.id] = auth.ROUTER_FACTORIES[factory]
                    if factory in auth.APP_FACTORIES:
                        self.apps.add(target.id)
                    for guard in self._dependency_guards(statement.value):
                        self._group_guard(qualname, guard, target.id in self.apps)
                elif factory in auth.LIMITER_FACTORIES:
                    defaults = any(k.arg in auth.LIMITER_DEFAULTS for k in statement.value.keywords)
                    self.limiters.append(Limiter(qualname, defaults))

    def _group_guard(self, group: str, guard: Guard, app_wide: bool) -> None:
        self.guarded_groups.append((group, guard))
        if app_wide:
            self.app_guards.append((self.module.split(".", 1)[0], guard))

    def _is_app(self, expr: ast.expr) -> bool:
        return isinstance(expr, ast.Name) and expr.id in self.apps

    def _group_of(self, expr: ast.expr) -> tuple[str, str] | None:
        """(qualified router, framework) for a route decorator's object."""
        if isinstance(expr, ast.Name) and expr.id in self.routers:
            bindings = self.semantic.lookup(expr.id, expr)
            if bindings and any(b.line and b.kind == "other" for b in bindings):
                return f"{self.module}.{expr.id}", self.routers[expr.id]
        qualname = self.semantic.qualified_name(expr)
        if qualname is None or framework_name(qualname):
            return None
        framework = self._imported_framework()
        return (qualname, framework) if framework else None

    def _imported_framework(self) -> str | None:
        targets = {
            (b.target or "").split(".", 1)[0]
            for bindings in self.semantic.bindings.get(self.semantic.tree, {}).values()
            for b in bindings
            if b.kind == "import"
        }
        if "fastapi" in targets:
            return "fastapi"
        if "flask" in targets or "quart" in targets:
            return "flask"
        return None

    # -- functions ----------------------------------------------------------------------------

    def _function(self, node: FunctionNode) -> None:
        if self._refuses_anonymous(node):
            self.auth_helpers.append(f"{self.module}.{self.semantic.qualnames[node]}")
        self.ownership.fetches_in(node)
        self._before_request_hook(node)
        route = self._route_decorator(node)
        if route is not None:
            self._route(node, *route)
            return
        if isinstance(self.semantic.parent(node), ast.Module):
            self._django_function(node)

    def _before_request_hook(self, node: FunctionNode) -> None:
        """`@bp.before_request` on a function that refuses anonymous users guards the blueprint."""
        for decorator in node.decorator_list:
            if isinstance(decorator, ast.Attribute) and decorator.attr in auth.BEFORE_REQUEST_HOOKS:
                group = self._group_of(decorator.value)
                if group is not None:
                    inline = self._inline_guard(node)
                    known, staff = inline is not None, inline is not None and inline.staff
                    label = f"@{ast.unparse(decorator)} `{node.name}`"
                    qualname = f"{self.module}.{self.semantic.qualnames[node]}"
                    app_wide = self._is_app(decorator.value) or decorator.attr in auth.APP_HOOKS
                    self._group_guard(group[0], Guard(label, qualname, known, staff), app_wide)

    def _route_decorator(
        self, node: FunctionNode
    ) -> tuple[ast.Call, str, str, str, frozenset[str]] | None:
        for decorator in node.decorator_list:
            if not (isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Attribute)):
                continue
            attr = decorator.func.attr
            if attr not in auth.HTTP_METHODS and attr not in auth.MULTI_METHOD_ROUTES:
                continue
            group = self._group_of(decorator.func.value)
            if group is None:
                continue
            methods = frozenset({attr}) if attr in auth.HTTP_METHODS else self._methods(decorator)
            return decorator, group[0], group[1], ast.unparse(decorator.func.value), methods
        return None

    def _methods(self, call: ast.Call) -> frozenset[str]:
        for keyword in call.keywords:
            if keyword.arg == "methods":
                value = self.semantic.literal_value(keyword.value)
                if isinstance(value, list | tuple | set):
                    return frozenset(str(v).lower() for v in value)
                return frozenset()
        return frozenset({"get"})

    def _route(
        self,
        node: FunctionNode,
        decorator: ast.Call,
        group: str,
        framework: str,
        label: str,
        methods: frozenset[str],
    ) -> None:
        path = ""
        if decorator.args:
            literal = self.semantic.literal_value(decorator.args[0])
            path = literal if isinstance(literal, str) else ""
        guards = [*self._dependency_guards(decorator), *self._signature_guards(node)]
        guards += self._decorator_guards(node, skip=decorator)
        inline = self._inline_guard(node)
        if inline is not None:
            guards.append(inline)
        limits, refs, exempt = self._rate_limits(node)
        self.endpoints.append(
            Endpoint(
                framework,
                f"{self.module}.{self.semantic.qualnames[node]}",
                node.name,
                group,
                f"`{label}`",
                path,
                methods,
                tuple(guards),
                self.file.site(node),
                (*limits, *self._dependency_limits(decorator, node)),
                refs,
                exempt,
                self._checks_credentials(node),
            )
        )

    def _django_function(self, node: FunctionNode) -> None:
        params = node.args.posonlyargs + node.args.args
        if not params or params[0].arg not in ("request", "req"):
            return
        methods: frozenset[str] = frozenset()
        framework = "django"
        allow_any: Site | None = None
        for decorator in node.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            qualname = self.semantic.qualified_name(target) or ""
            if qualname in auth.DJANGO_METHOD_DECORATORS:
                admitted = auth.DJANGO_METHOD_DECORATORS[qualname]
                if admitted is None and isinstance(decorator, ast.Call):
                    admitted = self._listed_methods(decorator)
                methods = admitted or methods
                if qualname.startswith(auth.DRF_PACKAGES):
                    framework = "drf"
            if (
                qualname == auth.DRF_PERMISSION_DECORATOR
                and isinstance(decorator, ast.Call)
                and self._only_allow_any(decorator.args[0] if decorator.args else None)
            ):
                allow_any = self.file.site(decorator)
        if not methods and self._compares_method(node):
            methods = frozenset({"get", "post"})
        if not methods and not self._returns_response(node):
            return  # a helper that takes a request, not a view
        guards = self._decorator_guards(node, skip=None)
        if allow_any is not None:
            guards = [g for g in guards if g.qualname != auth.DRF_PERMISSION_DECORATOR]
        inline = self._inline_guard(node)
        if inline is not None:
            guards.append(inline)
        limits, refs, exempt = self._rate_limits(node)
        self.endpoints.append(
            Endpoint(
                framework,
                f"{self.module}.{node.name}",
                node.name,
                self.module,
                f"module `{self.module}`",
                "",
                methods,
                tuple(guards),
                self.file.site(node),
                tuple(limits),
                refs,
                exempt,
                self._checks_credentials(node),
                allow_any,
            )
        )

    def _returns_response(self, node: FunctionNode) -> bool:
        for inner in ast.walk(node):
            if isinstance(inner, ast.Return) and isinstance(inner.value, ast.Call):
                qualname = self.semantic.qualified_name(inner.value.func) or ""
                if qualname.startswith(auth.RESPONSE_MODULES) or qualname in auth.RESPONSE_CALLS:
                    return True
        return False

    def _listed_methods(self, call: ast.Call) -> frozenset[str]:
        if not call.args:
            return frozenset({"get"})
        value = self.semantic.literal_value(call.args[0])
        if isinstance(value, list | tuple | set):
            return frozenset(str(v).lower() for v in value)
        return frozenset()

    def _compares_method(self, node: FunctionNode) -> bool:
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Compare)
                and isinstance(inner.left, ast.Attribute)
                and inner.left.attr == "method"
            ):
                values = [self.semantic.literal_value(c) for c in inner.comparators]
                flat: list[object] = []
                for value in values:
                    flat.extend(value if isinstance(value, list | tuple | set) else [value])
                if any(isinstance(v, str) and v.lower() in auth.WRITE_METHODS for v in flat):
                    return True
        return False

    # -- guards -------------------------------------------------------------------------------

    def _decorator_guards(self, node: FunctionNode, skip: ast.expr | None) -> list[Guard]:
        guards: list[Guard] = []
        for decorator in node.decorator_list:
            if decorator is skip:
                continue
            guard = self._decorator_guard(decorator)
            if guard is not None:
                guards.append(guard)
        return guards

    def _decorator_guard(self, decorator: ast.expr) -> Guard | None:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        qualname = self.semantic.qualified_name(target) or ""
        if qualname in auth.NON_GUARD_DECORATORS:
            return None
        if qualname == auth.DRF_PERMISSION_DECORATOR and isinstance(decorator, ast.Call):
            if self._only_allow_any(decorator.args[0] if decorator.args else None):
                return None
            return Guard(f"@{ast.unparse(decorator)}", qualname, True)
        if qualname == auth.METHOD_DECORATOR and isinstance(decorator, ast.Call):
            return self._decorator_guard(decorator.args[0]) if decorator.args else None
        label = f"@{ast.unparse(target)}"
        if qualname in auth.GUARD_DECORATORS:
            return Guard(label, qualname, True, qualname in auth.STAFF_GUARDS)
        if isinstance(target, ast.Attribute):
            if target.attr in auth.GUARD_METHODS:
                return Guard(label, qualname, True)
            if target.attr in auth.HTTP_METHODS | auth.MULTI_METHOD_ROUTES:
                return None
            if target.attr in auth.LIMITER_METHODS | auth.LIMITER_EXEMPT_METHODS:
                return None
        if framework_name(qualname):
            return None
        name = target.attr if isinstance(target, ast.Attribute) else ast.unparse(target)
        staff = bool(set(words(name)) & auth.STAFF_WORDS)
        return Guard(label, qualname, named_like_guard(name), staff)

    def _dependency_guards(self, call: ast.Call) -> list[Guard]:
        """`dependencies=[Depends(auth)]` on a route, a router or `include_router`."""
        guards: list[Guard] = []
        for keyword in call.keywords:
            if keyword.arg == "dependencies" and isinstance(keyword.value, ast.List | ast.Tuple):
                for element in keyword.value.elts:
                    guard = self._depends_guard(element)
                    if guard is not None:
                        guards.append(guard)
        return guards

    def _signature_guards(self, node: FunctionNode) -> list[Guard]:
        guards: list[Guard] = []
        arguments = node.args
        expressions: list[ast.expr] = [
            *arguments.defaults,
            *(d for d in arguments.kw_defaults if d),
        ]
        for arg in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]:
            if arg.annotation is None:
                continue
            annotations: list[ast.expr] = [arg.annotation]
            if isinstance(arg.annotation, ast.Name):  # `Principal = Annotated[User, Depends(...)]`
                annotations += [v for v in self.semantic.assigned_values(arg.annotation) or [] if v]
                alias = self.semantic.qualified_name(arg.annotation)
                if alias and not framework_name(alias):  # judged in finish: an alias elsewhere
                    guards.append(Guard(arg.annotation.id, alias, False))
            for annotation in annotations:
                expressions.extend(e for e in ast.walk(annotation) if isinstance(e, ast.Call))
        for expression in expressions:
            guard = self._depends_guard(expression)
            if guard is not None:
                guards.append(guard)
        return guards

    def _depends_guard(self, expr: ast.expr) -> Guard | None:
        if not isinstance(expr, ast.Call):
            return None
        marker = self.semantic.qualified_name(expr.func) or ""
        if marker not in auth.DEPENDENCY_MARKERS:
            return None
        label = ast.unparse(expr)
        if marker in auth.SECURITY_MARKERS:
            return Guard(label, marker, True)
        if not expr.args:
            return None
        dependency = expr.args[0]
        target = dependency.func if isinstance(dependency, ast.Call) else dependency
        qualname = self.semantic.qualified_name(target) or ""
        if qualname in auth.RATE_LIMIT_DEPENDENCIES:
            return None
        if qualname in auth.SECURITY_SCHEMES or self._is_security_scheme(target):
            return Guard(label, qualname, True)
        name = target.attr if isinstance(target, ast.Attribute) else ast.unparse(target)
        staff = bool(set(words(name)) & auth.STAFF_WORDS)
        return Guard(label, qualname, named_like_guard(name), staff)

    def _is_security_scheme(self, expr: ast.expr) -> bool:
        if not isinstance(expr, ast.Name):
            return False
        values = self.semantic.assigned_values(expr) or []
        return any(
            isinstance(v, ast.Call)
            and (self.semantic.qualified_name(v.func) or "") in auth.SECURITY_SCHEMES
            for v in values
        )

    def _dependency_limits(self, decorator: ast.Call, node: FunctionNode) -> list[Guard]:
        calls = [
            e
            for e in [*ast.walk(decorator), *ast.walk(node.args)]
            if isinstance(e, ast.Call)
            and (self.semantic.qualified_name(e.func) or "") in auth.RATE_LIMIT_DEPENDENCIES
        ]
        return [Guard(ast.unparse(c), "rate-limit", True) for c in calls]

    def _inline_guard(self, node: ast.AST) -> Guard | None:
        """An inline check in the body: `if not request.user.is_authenticated: ...` (the first
        one in `ast.walk`'s order, which names the guard)."""
        if node not in self._around_inline_guards():
            return None
        checks = self._inline_checks
        for inner in walk_breadth_first(node):
            if inner in checks:
                return _inline_guard_at(inner)
        return None

    def _is_inline_check(self, inner: ast.AST) -> bool:
        """`request.user.is_authenticated`, `abort(403)`, `return "no", 403`..."""
        if isinstance(inner, ast.Attribute):
            return inner.attr in auth.INLINE_AUTH_ATTRIBUTES
        if isinstance(inner, ast.Call):
            return self._denies(inner)
        if isinstance(inner, ast.Return) and isinstance(inner.value, ast.Tuple):
            statuses = [self.semantic.literal_value(e) for e in inner.value.elts[1:]]
            return any(_denial_status(v) for v in statuses)
        return False

    def _denies(self, call: ast.Call) -> bool:
        qualname = self.semantic.qualified_name(call.func) or ""
        if qualname in auth.INLINE_AUTH_CALLS or qualname in auth.DENIAL_EXCEPTIONS:
            return True
        status: ast.expr | None = next(
            (k.value for k in call.keywords if k.arg in ("status", "status_code")), None
        )  # `HttpResponse(status=401)`, `JSONResponse(..., status_code=403)`
        positional = qualname in auth.ABORT_FUNCTIONS or (
            qualname in auth.HTTP_EXCEPTIONS and status is None
        )
        if positional and call.args:  # `abort(401)`, `HTTPException(403)`
            status = call.args[0]
        if status is None:
            return False
        if _denial_status(self.semantic.literal_value(status)):
            return True
        text = ast.unparse(status)
        return any(str(code) in text for code in auth.DENIAL_STATUSES)

    def _refuses_anonymous(self, node: FunctionNode) -> bool:
        """A helper (decorator or dependency) whose body turns away unauthenticated users."""
        if not isinstance(self.semantic.parent(node), ast.Module):
            return False
        return node in self._around_inline_guards()

    def _around_inline_guards(self) -> set[ast.AST]:
        """The file's nodes that are, or hold, an inline check: found once from the few checks
        instead of walking every function."""
        if self._inline_holders is None:
            hits = [
                node
                for kind in (ast.Attribute, ast.Call, ast.Return)  # what `_is_inline_check` reads
                for node in self.file.nodes(kind)
                if self._is_inline_check(node)
            ]
            self._inline_checks = set(hits)
            found: set[ast.AST] = set()
            for hit in hits:
                if hit in found:
                    continue
                found.add(hit)
                for ancestor in self.semantic.ancestors(hit):
                    if ancestor in found:
                        break  # and so are the nodes around it
                    found.add(ancestor)
            self._inline_holders = found
        return self._inline_holders

    def _only_allow_any(self, expr: ast.expr | None) -> bool:
        if not isinstance(expr, ast.List | ast.Tuple) or not expr.elts:
            return False
        names = {self.semantic.qualified_name(e) or "" for e in expr.elts}
        return names <= auth.DRF_ALLOW_ANY

    # -- rate limits --------------------------------------------------------------------------

    def _rate_limits(
        self, node: FunctionNode | ast.ClassDef
    ) -> tuple[list[Guard], tuple[str, ...], bool]:
        limits: list[Guard] = []
        refs: list[str] = []
        exempt = False
        for decorator in node.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            qualname = self.semantic.qualified_name(target) or ""
            if qualname == auth.METHOD_DECORATOR and isinstance(decorator, ast.Call):
                inner = decorator.args[0] if decorator.args else None
                target = inner.func if isinstance(inner, ast.Call) else inner  # type: ignore[assignment]
                if target is None:
                    continue
                qualname = self.semantic.qualified_name(target) or ""
            if qualname in auth.RATE_LIMIT_DECORATORS:
                limits.append(Guard(f"@{ast.unparse(target)}", qualname, True))
            elif isinstance(target, ast.Attribute) and target.attr in (
                auth.LIMITER_METHODS | auth.LIMITER_EXEMPT_METHODS
            ):
                limiter = self._limiter_ref(target.value)
                if limiter is None:
                    continue
                if target.attr in auth.LIMITER_EXEMPT_METHODS:
                    exempt = True
                else:
                    refs.append(limiter)
        return limits, tuple(refs), exempt

    def _limiter_ref(self, expr: ast.expr) -> str | None:
        if isinstance(expr, ast.Name):
            values = self.semantic.assigned_values(expr)
            if values and all(
                isinstance(v, ast.Call)
                and (self.semantic.qualified_name(v.func) or "") in auth.LIMITER_FACTORIES
                for v in values
            ):
                return "local"
        return self.semantic.qualified_name(expr)

    def _checks_credentials(self, node: ast.AST) -> str:
        """ "call" when `node` checks a password or code, "fields" when it reads one, else ""."""
        fields = False
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call) and self._credential_call(inner):
                return "call"
            if not fields and not self._free_text(inner):
                fields = bool(set(words(_name_of(inner))) & auth.CREDENTIAL_FIELD_WORDS)
        return "fields" if fields else ""

    def _free_text(self, node: ast.AST) -> bool:
        """A string that is a message, not a key: `"invalid credentials"` vs `form["password"]`."""
        if not isinstance(node, ast.Constant):
            return False
        parent = self.semantic.parent(node)
        if isinstance(parent, ast.Subscript):
            return False
        return not (isinstance(parent, ast.Call) and parent.args[:1] == [node])

    def _credential_call(self, call: ast.Call) -> bool:
        qualname = self.semantic.qualified_name(call.func) or ""
        if qualname in auth.CREDENTIAL_CALLS:
            return True
        if isinstance(call.func, ast.Attribute) and call.func.attr in auth.CREDENTIAL_METHODS:
            return True
        # the project's own `verify_password(...)` helper, named for what it does
        last = qualname.rsplit(".", 1)[-1]
        return not framework_name(qualname) and last in auth.CREDENTIAL_METHODS

    # -- classes ------------------------------------------------------------------------------

    def _class(self, node: ast.ClassDef) -> None:
        if not node.bases:
            return
        bases = tuple(self.semantic.qualified_name(b) or ast.unparse(b) for b in node.bases)
        guards: list[Guard] = []
        for base, qualname in zip(node.bases, bases, strict=True):
            if qualname in auth.GUARD_MIXINS:
                guards.append(
                    Guard(ast.unparse(base), qualname, True, qualname in auth.STAFF_GUARDS)
                )
        for decorator in node.decorator_list:
            guard = self._decorator_guard(decorator)
            if guard is not None:
                guards.append(guard)
        write: set[str] = set()
        limits, _, _ = self._rate_limits(node)
        credential = ""
        owner_scoped = False
        unscoped: Fetch | None = None
        generic: Fetch | None = None
        custom_lookup = owner_checked = False
        for statement in node.body:
            generic = self.ownership.generic_model(statement) or generic
            if not isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            custom_lookup = custom_lookup or statement.name in auth.OBJECT_LOOKUP_METHODS
            owner_checked = owner_checked or self.ownership.method_checks_owner(statement)
            if statement.name in auth.WRITE_METHODS:
                write.add(statement.name)
            if statement.name in auth.DYNAMIC_PERMISSION_METHODS:
                guards.append(Guard(f"{statement.name}()", DYNAMIC, True))
            write |= self._action_methods(statement)
            if statement.name in auth.WRITE_METHODS | {
                "dispatch",
                "get",
                "get_queryset",
                "get_object",
            }:
                guards += [g for g in self._decorator_guards(statement, None)]
                inline = self._inline_guard(statement)
                if inline is not None:
                    guards.append(inline)
                limits += self._rate_limits(statement)[0]
                credential = max(credential, self._checks_credentials(statement))
            if statement.name in ("get_queryset", "get_object"):
                if self._mentions_user(statement):
                    owner_scoped = True
                elif statement.name == "get_queryset":
                    unscoped = self._unscoped_queryset(statement) or unscoped
        if not credential and is_login_like(node.name, ""):
            names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            if any(set(words(name)) & auth.LOGIN_WORDS for name in names - {node.name}):
                credential = "fields"  # `LoginSerializer(data=request.data)`, `AuthenticationForm`
        permissions, permissions_site = self._class_list(node, "permission_classes")
        authentication, _ = self._class_list(node, "authentication_classes")
        throttles, _ = self._class_list(node, auth.DRF_THROTTLE_ATTRIBUTE)
        self.classes.append(
            ViewClass(
                f"{self.module}.{self.semantic.qualnames[node]}",
                node.name,
                self.module,
                bases,
                self.file.site(node),
                frozenset(write),
                tuple(guards),
                permissions,
                permissions_site,
                bool(authentication),
                throttles,
                tuple(limits),
                credential,
                owner_scoped,
                unscoped,
                generic,
                custom_lookup,
                owner_checked,
            )
        )

    def _action_methods(self, node: FunctionNode) -> set[str]:
        found: set[str] = set()
        for decorator in node.decorator_list:
            if not isinstance(decorator, ast.Call):
                continue
            if self.semantic.qualified_name(decorator.func) != auth.DRF_ACTION:
                continue
            for keyword in decorator.keywords:
                if keyword.arg == "methods":
                    value = self.semantic.literal_value(keyword.value)
                    if isinstance(value, list | tuple | set):
                        found |= {str(v).lower() for v in value} & auth.WRITE_METHODS
        return found

    def _class_list(
        self, node: ast.ClassDef, name: str
    ) -> tuple[tuple[str, ...] | None, Site | None]:
        for statement in node.body:
            if isinstance(statement, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in statement.targets
            ):
                value = statement.value
                if isinstance(value, ast.Name):  # `permission_classes = OPEN`
                    assigned = self.semantic.assigned_values(value) or []
                    if len(assigned) == 1 and isinstance(assigned[0], ast.List | ast.Tuple):
                        value = assigned[0]
                if isinstance(value, ast.List | ast.Tuple):
                    items = tuple(
                        self.semantic.qualified_name(e) or ast.unparse(e) for e in value.elts
                    )
                    return items, self.file.site(statement)
                return (ast.unparse(value),), self.file.site(statement)
        return None, None

    def _mentions_user(self, node: ast.AST) -> bool:
        return any(
            isinstance(inner, ast.Attribute) and inner.attr in auth.CURRENT_USER_ATTRIBUTES
            for inner in ast.walk(node)
        )

    def _unscoped_queryset(self, node: FunctionNode) -> Fetch | None:
        for inner in ast.walk(node):
            if not isinstance(inner, ast.Return) or not isinstance(inner.value, ast.Call):
                continue
            call = inner.value
            if (
                isinstance(call.func, ast.Attribute)
                and call.func.attr == "all"
                and isinstance(call.func.value, ast.Attribute)
                and call.func.value.attr == "objects"
            ):
                model = self.semantic.qualified_name(call.func.value.value)
                if model:
                    return Fetch(
                        model,
                        "the view's URL",
                        self.file.site(call),
                        self.semantic.enclosing_symbol(node),
                    )
        return None

    def _is_view_like(self, node: FunctionNode) -> bool:
        parent = self.semantic.parent(node)
        if isinstance(parent, ast.ClassDef):
            return node.name in auth.VIEW_METHODS
        if not isinstance(parent, ast.Module):
            return False
        if self._route_decorator(node) is not None:
            return True
        params = node.args.posonlyargs + node.args.args
        return bool(params) and params[0].arg in ("request", "req")

    def _staff_guarded(self, node: FunctionNode) -> bool:
        return any(g.staff for g in self._decorator_guards(node, None))

    # -- calls: include_router, URLconfs ------------------------------------------------------

    def _call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "include_router" and node.args:
            router = self.semantic.qualified_name(node.args[0])
            if router is None and isinstance(node.args[0], ast.Name):
                router = f"{self.module}.{node.args[0].id}"
            if router:
                for guard in self._dependency_guards(node):
                    self.included.append((router, guard))
            return
        if isinstance(func, ast.Attribute) and func.attr in auth.BEFORE_REQUEST_HOOKS:
            self._before_request(node, func)
            return
        if (
            isinstance(func, ast.Call)
            and isinstance(func.func, ast.Attribute)
            and func.func.attr in auth.LIMITER_METHODS
            and node.args
        ):
            group = self._group_of(node.args[0])  # `limiter.limit("10/minute")(blueprint)`
            if group is not None and self._limiter_ref(func.func.value) is not None:
                self.limited_groups.append(group[0])
            return
        if isinstance(func, ast.Attribute) and func.attr in auth.MIDDLEWARE_METHODS and node.args:
            self._middleware(node.args[0])
            return
        qualname = self.semantic.qualified_name(func) or ""
        if qualname in auth.URL_FUNCTIONS and len(node.args) >= 2:
            self._url_route(node, node.args[1])
        self.ownership.owner_filter(node)

    def _before_request(self, node: ast.Call, func: ast.Attribute) -> None:
        """`bp.before_request(check_auth)` (the decorator form is handled with functions)."""
        group = self._group_of(func.value)
        if group is None or not node.args:
            return
        target = node.args[0]
        qualname = self.semantic.qualified_name(target) or ""
        guard = Guard(f"before_request({ast.unparse(target)})", qualname, False)
        app_wide = self._is_app(func.value) or func.attr in auth.APP_HOOKS
        self._group_guard(group[0], guard, app_wide)

    def _middleware(self, middleware: ast.expr) -> None:
        """`app.add_middleware(LoginRequiredMiddleware)`: every route needs a login."""
        name = ast.unparse(middleware).rsplit(".", 1)[-1]
        if requires_login(name):
            guard = Guard(f"add_middleware({name})", "", True)
            self.app_guards.append((self.module.split(".", 1)[0], guard))

    def _url_route(self, node: ast.Call, view: ast.expr) -> None:
        guards: list[Guard] = []
        limited = False
        while isinstance(view, ast.Call):
            wrapper = view.func.func if isinstance(view.func, ast.Call) else view.func
            qualname = self.semantic.qualified_name(wrapper) or ""
            if isinstance(view.func, ast.Attribute) and view.func.attr == "as_view":
                limited = limited or any(
                    k.arg == auth.DRF_THROTTLE_ATTRIBUTE for k in view.keywords
                )
                view = view.func.value
                break
            limited = limited or qualname in auth.RATE_LIMIT_DECORATORS
            guard = self._decorator_guard(view.func)
            if guard is not None:
                guards.append(guard)
            if not view.args or qualname == "":
                return
            view = view.args[0]
        target = self.semantic.qualified_name(view)
        if target:
            site = self.file.site(node)
            pattern = self.semantic.literal_value(node.args[0])
            path = pattern if isinstance(pattern, str) else None
            self.url_routes.append(UrlRoute(target, tuple(guards), site, limited, path))


def _name_of(node: ast.AST) -> str:
    """The identifier or string a node spells, for credential-field words (`password`, `otp`)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.arg):
        return node.arg
    if isinstance(node, ast.keyword):
        return node.arg or ""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) < 40:
        return node.value
    return ""


def _inline_guard_at(check: ast.AST) -> Guard:
    """The guard an inline check (`_is_inline_check`) stands for, named by its source."""
    if isinstance(check, ast.Attribute):
        staff = check.attr in auth.STAFF_ATTRIBUTES
        return Guard(f"a `{ast.unparse(check)}` check", INLINE, True, staff)
    return Guard(f"`{ast.unparse(check)}`", INLINE, True)


def _denial_status(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in auth.DENIAL_STATUSES
