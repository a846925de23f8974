"""Routes a module declares and the URLs and route names its tests use: facts for REL120.

Not a rule (it defines no `RULE`). Framework knowledge comes from
`scrutiny.frameworks.test_clients`.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, replace

from scrutiny.context import FileContext
from scrutiny.frameworks import test_clients as tc
from scrutiny.semantic.model import SemanticModel
from scrutiny.semantic.project import Site
from scrutiny.semantic.walk import children

_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
PLACEHOLDER = "\x00"  # a formatted value inside a test's f-string URL


@dataclass(frozen=True)
class Route:
    path: str  # as declared, relative to the module's include prefix for Django
    regex: bool  # `re_path` / `url()`: the path is a regular expression
    handler: str
    names: tuple[str, ...]  # names `reverse()` / `url_for()` accept
    site: Site
    router: str = ""  # the DRF router that registered it
    group: str = ""  # the Flask/FastAPI app, router or blueprint (`module.name`) it belongs to
    local: str = ""  # the path without the group's own prefix
    viewset: str = ""  # a DRF registration's list route: the viewset's qualified name
    basename: str = ""
    methods: tuple[str, ...] = ()  # the HTTP methods it serves (lower case); () when any
    also: tuple[str, ...] = ()  # other full paths (a router mounted more than once)


@dataclass(frozen=True)
class Mount:
    """`parent.include_router(child, prefix=...)`, `parent.register_blueprint(child, ...)`."""

    parent: str
    child: str
    prefix: str
    replaces: bool  # the prefix replaces the child's own one (Flask `url_prefix=`)


@dataclass(frozen=True)
class Action:
    """A DRF viewset's extra action (`@action(detail=True)`)."""

    viewset: str
    method: str
    url_path: str
    url_name: str
    detail: bool


@dataclass(frozen=True)
class Include:
    prefix: str
    target: str  # a module name
    regex: bool


@dataclass(frozen=True)
class RouteFacts:
    module: str
    routes: tuple[Route, ...]
    includes: tuple[Include, ...]
    django: bool  # relative URLconf paths: the full path depends on the includes
    groups: tuple[tuple[str, str], ...] = ()  # (group, its own prefix)
    mounts: tuple[Mount, ...] = ()
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class TestFacts:
    urls: tuple[str, ...]
    names: tuple[str, ...]
    suite: bool  # a test module (not a helper package such as `django/test/`)
    requests: tuple[tuple[str, str], ...] = ()  # (method, URL): `client.get("/items/7")`


def extract_routes(file: FileContext) -> RouteFacts | None:
    semantic = file.semantic
    extractor = _Extractor(file)
    extractor.run()
    if not (extractor.routes or extractor.includes or extractor.mounts or extractor.actions):
        return None
    return RouteFacts(
        semantic.module,
        tuple(extractor.routes),
        tuple(extractor.includes),
        extractor.django,
        tuple((extractor.group_id(name), g[0]) for name, g in extractor.groups.items()),
        tuple(extractor.mounts),
        tuple(extractor.actions),
    )


class _Extractor:
    def __init__(self, file: FileContext) -> None:
        self.file = file
        self.semantic = file.semantic
        self.routes: list[Route] = []
        self.includes: list[Include] = []
        self.django = False
        self.groups: dict[str, tuple[str, str]] = {}  # local name -> (prefix, endpoint prefix)
        self.drf: dict[str, str] = {}  # local router name -> URL prefix
        self.app_name = ""
        self.nested: dict[int, str] = {}  # id of a call in `include([...])` -> its prefix
        self.mounts: list[Mount] = []
        self.actions: list[Action] = []

    def run(self) -> None:
        self._module_objects()
        if self.groups:  # routes of decorators and of `add_url_rule` calls, in source order
            for node in self.semantic.nodes:
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    self._decorated(node)
                    self._action(node)
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                    self._mount(node, node.func)
                    self._url_rule(node, node.func)
        else:  # without a group, only DRF actions and mounts
            for function in self.semantic.qualnames:  # every def and class, in source order
                if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) and (
                    function.decorator_list
                ):
                    self._action(function)
            for call in self.file.nodes(ast.Call):
                if type(call.func) is ast.Attribute:
                    self._mount(call, call.func)
        module_calls = self._module_calls()
        self._nested_prefixes(module_calls)
        for node in module_calls:
            self._url_call(node)

    def _nested_prefixes(self, calls: list[ast.Call]) -> None:
        """`path("o/", include([path("device", ...)]))`: the inner routes live under "o/"."""
        parents = []
        for call in calls:
            view = call.args[1] if len(call.args) > 1 else None
            if (
                self.semantic.qualified_name(call.func) in tc.DJANGO_ROUTE_FUNCTIONS
                and isinstance(view, ast.Call)
                and self.semantic.qualified_name(view.func) in tc.DJANGO_INCLUDE
                and view.args
            ):
                elements = self._listed(view.args[0])
                if elements:
                    parents.append((call, elements))
        for _ in range(len(parents)):  # enough rounds for any nesting depth
            for call, elements in parents:
                own = self.semantic.literal_value(call.args[0])
                prefix = self.nested.get(id(call), "") + (own if isinstance(own, str) else "")
                for element in elements:
                    self.nested[id(element)] = prefix

    def _listed(self, expr: ast.expr) -> list[ast.expr]:
        if isinstance(expr, ast.Name):
            value = self.semantic.module_constant(expr.id)
            expr = value if value is not None else expr
        if isinstance(expr, ast.Tuple) and expr.elts and not isinstance(expr.elts[0], ast.Call):
            return self._listed(expr.elts[0])  # `include(([...], "app_name"))`
        if isinstance(expr, ast.List | ast.Tuple):
            return list(expr.elts)
        return []

    def _module_calls(self) -> list[ast.Call]:
        """The calls outside every def and class (in a lambda too), in source order."""
        found: list[ast.Call] = []
        stack: list[ast.AST] = [self.file.tree]
        while stack:
            node = stack.pop()
            kind = type(node)
            if kind is ast.Call:
                found.append(node)  # type: ignore[arg-type]
            elif kind in _DEFINITIONS:
                continue
            stack.extend(reversed(children(node)))
        return found

    def _module_objects(self) -> None:
        semantic = self.semantic
        app_name = semantic.module_constant(tc.APP_NAME)
        if app_name is not None:
            value = semantic.literal_value(app_name)
            self.app_name = value if isinstance(value, str) else ""
        for statement in self.file.tree.body:
            if not (isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call)):
                continue
            call = statement.value
            factory = semantic.qualified_name(call.func) or ""
            names = [t.id for t in statement.targets if isinstance(t, ast.Name)]
            if factory in tc.ROUTER_FACTORIES:
                keyword = tc.ROUTER_FACTORIES[factory][1]
                prefix = self._keyword_string(call, keyword) if keyword else ""
                endpoint = ""
                if factory in tc.NAMED_GROUPS and call.args:
                    literal = semantic.literal_value(call.args[0])
                    endpoint = f"{literal}." if isinstance(literal, str) else ""
                for name in names:
                    self.groups[name] = (prefix, endpoint)
            elif factory in tc.DRF_ROUTERS:
                for name in names:
                    self.drf[name] = ""

    def _keyword_string(self, call: ast.Call, keyword: str) -> str:
        for item in call.keywords:
            if item.arg == keyword:
                value = self.semantic.literal_value(item.value)
                return value if isinstance(value, str) else ""
        return ""

    # -- Flask / FastAPI ------------------------------------------------------------------------

    def group_id(self, name: str) -> str:
        return f"{self.semantic.module}.{name}"

    def _group_of(self, expr: ast.expr) -> str:
        """The id of the app, router or blueprint `expr` names (imported ones included)."""
        if isinstance(expr, ast.Name) and expr.id in self.groups:
            return self.group_id(expr.id)
        return self.semantic.qualified_name(expr) or ""

    def _mount(self, call: ast.Call, func: ast.Attribute) -> None:
        mount = tc.GROUP_MOUNTS.get(func.attr)
        if mount is None or not call.args:
            return
        parent = self._group_of(func.value) or self.group_id(ast.unparse(func.value))
        child = self._group_of(call.args[0])
        if not child:
            return
        given = any(k.arg == mount[0] for k in call.keywords)
        prefix = self._keyword_string(call, mount[0])
        self.mounts.append(Mount(parent, child, prefix, mount[1] and given))

    def _methods(self, call: ast.Call, verb: str) -> tuple[str, ...]:
        if verb in tc.HTTP_METHODS:
            return (verb,)
        for keyword in call.keywords:
            if keyword.arg == "methods" and isinstance(keyword.value, ast.List | ast.Tuple):
                values = [self.semantic.literal_value(e) for e in keyword.value.elts]
                if all(isinstance(v, str) for v in values):
                    return tuple(str(v).lower() for v in values)
        return ()

    def _url_rule(self, call: ast.Call, func: ast.Attribute) -> None:
        """`app.add_url_rule("/notes/", view_func=NoteList.as_view("note_list"))`."""
        receiver = func.value
        if func.attr != tc.ADD_URL_RULE or not isinstance(receiver, ast.Name):
            return
        group = self.groups.get(receiver.id)
        path = self.semantic.literal_value(call.args[0]) if call.args else None
        if group is None or not isinstance(path, str):
            return
        view = next((k.value for k in call.keywords if k.arg == "view_func"), None)
        view = call.args[2] if view is None and len(call.args) > 2 else view
        endpoint = self._keyword_string(call, "endpoint")
        if not endpoint and len(call.args) > 1:
            literal = self.semantic.literal_value(call.args[1])
            endpoint = literal if isinstance(literal, str) else ""
        handler = ast.unparse(view) if view is not None else endpoint
        if (
            isinstance(view, ast.Call)
            and isinstance(view.func, ast.Attribute)
            and view.func.attr == tc.CLASS_VIEW_FACTORY
        ):
            handler = ast.unparse(view.func.value)
            literal = self.semantic.literal_value(view.args[0]) if view.args else None
            endpoint = endpoint or (literal if isinstance(literal, str) else "")
        elif isinstance(view, ast.Name):
            endpoint = endpoint or view.id
        names = (f"{group[1]}{endpoint}", endpoint) if endpoint else ()
        handler = f"{self.semantic.module}.{handler}"
        route = Route(
            group[0] + path,
            False,
            handler,
            names,
            self.file.site(call),
            "",
            self.group_id(receiver.id),
            path,
        )
        self.routes.append(route)

    def _action(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        """`@action(detail=True)` on a method of a viewset class."""
        owner = self.semantic.parent(node)
        if not isinstance(owner, ast.ClassDef):
            return
        for decorator in node.decorator_list:
            if not isinstance(decorator, ast.Call):
                continue
            if self.semantic.qualified_name(decorator.func) not in tc.DRF_ACTION_DECORATORS:
                continue
            detail = next((k.value for k in decorator.keywords if k.arg == "detail"), None)
            url_path = self._keyword_string(decorator, "url_path") or node.name
            url_name = self._keyword_string(decorator, "url_name") or node.name.replace("_", "-")
            viewset = f"{self.semantic.module}.{self.semantic.qualnames.get(owner, owner.name)}"
            is_detail = detail is not None and self.semantic.literal_value(detail) is True
            self.actions.append(Action(viewset, node.name, url_path, url_name, is_detail))

    def _decorated(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for decorator in node.decorator_list:
            if not (isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Attribute)):
                continue
            receiver = decorator.func.value
            if decorator.func.attr not in tc.ROUTE_METHODS or not isinstance(receiver, ast.Name):
                continue
            group = self.groups.get(receiver.id)
            if group is None or not decorator.args:
                continue
            path = self.semantic.literal_value(decorator.args[0])
            if not isinstance(path, str):
                continue
            name = self._keyword_string(decorator, "name") or self._keyword_string(
                decorator, "endpoint"
            )
            names = (f"{group[1]}{name or node.name}", name or node.name)
            handler = f"{self.semantic.module}.{self.semantic.qualnames.get(node, node.name)}"
            route = Route(
                group[0] + path,
                False,
                handler,
                names,
                self.file.site(node),
                group=self.group_id(receiver.id),
                local=path,
                methods=self._methods(decorator, decorator.func.attr),
            )
            self.routes.append(route)

    # -- Django URLconf, DRF routers ------------------------------------------------------------

    def _url_call(self, call: ast.Call) -> None:
        semantic = self.semantic
        callee = semantic.qualified_name(call.func) or ""
        if callee in tc.DJANGO_ROUTE_FUNCTIONS and call.args:
            self._django_route(call, tc.DJANGO_ROUTE_FUNCTIONS[callee])
        elif (
            isinstance(call.func, ast.Attribute)
            and call.func.attr == tc.DRF_REGISTER
            and isinstance(call.func.value, ast.Name)
            and call.func.value.id in self.drf
        ):
            self._drf_register(call)

    def _django_route(self, call: ast.Call, regex: bool) -> None:
        semantic = self.semantic
        path = semantic.literal_value(call.args[0])
        if not isinstance(path, str) or len(call.args) < 2:
            return
        self.django = True
        path = self.nested.get(id(call), "") + path
        view = call.args[1]
        if isinstance(view, ast.Call) and semantic.qualified_name(view.func) in tc.DJANGO_INCLUDE:
            if not self._listed(view.args[0] if view.args else view):
                self._include(path, regex, view)
            return
        if isinstance(view, ast.Attribute) and view.attr in tc.URL_TREES:
            return  # `admin.site.urls`, `api.urls`: a whole tree of routes defined elsewhere
        name = self._keyword_string(call, "name")
        names = (f"{self.app_name}:{name}", name) if self.app_name and name else (name,)
        target = semantic.qualified_name(view)
        names = (*names, target) if target else names
        handler = ast.unparse(view)
        handler = handler if len(handler) <= 50 else f"{handler[:47]}..."
        self.routes.append(
            Route(path, regex, handler, tuple(n for n in names if n), self.file.site(call))
        )

    def _include(self, prefix: str, regex: bool, call: ast.Call) -> None:
        if not call.args:
            return
        target = call.args[0]
        if isinstance(target, ast.Tuple) and target.elts:
            target = target.elts[0]
        literal = self.semantic.literal_value(target)
        if isinstance(literal, str):
            self.includes.append(Include(prefix, literal, regex))
        elif (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id in self.drf
        ):
            self.drf[target.value.id] = prefix  # `include(router.urls)`
            self._retag_drf(target.value.id, prefix)
        else:
            qualname = self.semantic.qualified_name(target)
            if qualname:
                self.includes.append(Include(prefix, qualname, regex))

    def _drf_register(self, call: ast.Call) -> None:
        if len(call.args) < 2:
            return
        prefix = self.semantic.literal_value(call.args[0])
        if not isinstance(prefix, str):
            return
        self.django = True
        func = call.func
        router = (
            func.value.id
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            else ""
        )
        basename = self._keyword_string(call, "basename") or (
            self.semantic.literal_value(call.args[2]) if len(call.args) > 2 else ""
        )
        viewset = ast.unparse(call.args[1])
        qualified = self.semantic.qualified_name(call.args[1]) or ""
        if isinstance(call.args[1], ast.Name) and not qualified:
            qualified = f"{self.semantic.module}.{call.args[1].id}"
        base = prefix.strip("^$").rstrip("/")
        basename = basename if isinstance(basename, str) else ""
        for suffix, kind in tc.DRF_ROUTES:
            names = (f"{basename}-{kind}",) if basename else ()
            path = f"{self.drf.get(router, '')}{base}/{suffix}" if base else suffix
            first = suffix == tc.DRF_ROUTES[0][0]
            route = Route(
                path,
                False,
                f"{viewset} ({kind})",
                names,
                self.file.site(call),
                router,
                viewset=qualified if first else "",
                basename=basename if first else "",
            )
            self.routes.append(route)

    def _retag_drf(self, router: str, prefix: str) -> None:
        """Registrations seen before `include(router.urls)` get the include's prefix."""
        self.routes = [
            replace(r, path=prefix + r.path) if r.router == router else r for r in self.routes
        ]


# -- tests ----------------------------------------------------------------------------------


def extract_test_uses(file: FileContext) -> TestFacts:
    semantic = file.semantic
    urls: list[str] = []
    requests: list[tuple[str, str]] = []
    names: list[str] = []
    for node in semantic.nodes:
        url = ""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if not isinstance(semantic.parent(node), ast.JoinedStr):
                url = _url(node.value)
        elif isinstance(node, ast.JoinedStr):
            text = "".join(
                v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else PLACEHOLDER
                for v in node.values
            )
            url = _url(text)
        elif isinstance(node, ast.Call) and node.args and _names_route(node, semantic):
            literal = semantic.literal_value(node.args[0])
            view = semantic.qualified_name(node.args[0])  # `reverse(views.steam_login)`
            if isinstance(literal, str):
                names.append(literal)
            elif view:
                names.append(view)
        if url:
            method = _requested_with(node, semantic)
            (requests.append((method, url)) if method else urls.append(url))
    return TestFacts(
        tuple(sorted(set(urls))),
        tuple(sorted(set(names))),
        _is_test_module(file),
        tuple(sorted(set(requests))),
    )


def _requested_with(node: ast.AST, semantic: SemanticModel) -> str:
    """The HTTP method of `client.get("/items/7")` for its URL argument, else ""."""
    call = semantic.parent(node)
    if (
        isinstance(call, ast.Call)
        and call.args
        and call.args[0] is node
        and isinstance(call.func, ast.Attribute)
        and call.func.attr in tc.HTTP_METHODS
    ):
        return call.func.attr
    return ""


def _is_test_module(file: FileContext) -> bool:
    """`test_*.py`, `*_test.py`, `tests.py` or a module in a `tests/` directory that defines at
    least one test (a helper module such as `django/contrib/admin/tests.py` defines none)."""
    parts = file.path.split("/")
    if not (tc.TEST_MODULE.fullmatch(parts[-1]) or tc.TEST_DIRECTORY in parts[:-1]):
        return False
    return any(
        isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name.startswith("test")
        for n in file.semantic.nodes
    )


def _names_route(call: ast.Call, semantic: SemanticModel) -> bool:
    if semantic.qualified_name(call.func) in tc.URL_REVERSERS:
        return True
    return isinstance(call.func, ast.Attribute) and call.func.attr in tc.URL_NAME_METHODS


def _url(text: str) -> str:
    for host in tc.TEST_HOSTS:
        if text.startswith(host):
            text = text[len(host) :]
            break
    if not text.startswith("/") or text.startswith("//") or " " in text or "\n" in text:
        return ""
    return text.split("?", 1)[0].split("#", 1)[0]


# -- matching -------------------------------------------------------------------------------

_DJANGO_CONVERTER = re.compile(r"<(?:(\w+):)?\w+>")
_BRACES = re.compile(r"\{\w+(?::(\w+))?\}")


def route_regex(path: str, regex: bool) -> re.Pattern[str] | None:
    """A pattern matching the concrete URLs a route serves (leading slash, optional trailing)."""
    if regex:
        body = path.lstrip("^").rstrip("$")
        body = body.removeprefix("/")
        source = f"/{body}"
    else:
        parts: list[str] = []
        position = 0
        for match in re.finditer(r"<(?:(\w+):)?\w+>|\{\w+(?::(\w+))?\}", path):
            parts.append(re.escape(path[position : match.start()]))
            converter = match.group(1) or match.group(2)
            parts.append(".+" if converter == "path" else "[^/]+")
            position = match.end()
        parts.append(re.escape(path[position:]))
        source = "".join(parts)
        source = source if source.startswith("/") else f"/{source}"
    source = source.rstrip("/")
    try:
        return re.compile(f"{source}/?")
    except re.error:
        return None


def matches(pattern: re.Pattern[str], url: str) -> bool:
    concrete = url.replace(PLACEHOLDER, "1")
    return pattern.fullmatch(concrete) is not None or pattern.fullmatch(concrete + "/") is not None
