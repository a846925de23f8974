"""Routes a module declares and the URLs and route names its tests use: facts for REL120.

Not a rule (it defines no `RULE`). Framework knowledge comes from
`scrutiny.frameworks.test_clients`.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from scrutiny.context import FileContext
from scrutiny.frameworks import test_clients as tc
from scrutiny.semantic.model import SemanticModel
from scrutiny.semantic.project import Site

PLACEHOLDER = "\x00"  # a formatted value inside a test's f-string URL


@dataclass(frozen=True)
class Route:
    path: str  # as declared, relative to the module's include prefix for Django
    regex: bool  # `re_path` / `url()`: the path is a regular expression
    handler: str
    names: tuple[str, ...]  # names `reverse()` / `url_for()` accept
    site: Site
    router: str = ""  # the DRF router that registered it


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


@dataclass(frozen=True)
class TestFacts:
    urls: tuple[str, ...]
    names: tuple[str, ...]
    suite: bool  # a test module (not a helper package such as `django/test/`)


def extract_routes(file: FileContext) -> RouteFacts | None:
    semantic = file.semantic
    extractor = _Extractor(file)
    extractor.run()
    if not extractor.routes and not extractor.includes:
        return None
    return RouteFacts(
        semantic.module,
        tuple(extractor.routes),
        tuple(extractor.includes),
        extractor.django,
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

    def run(self) -> None:
        self._module_objects()
        for node in self.semantic.nodes:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                self._decorated(node)
        module_calls = [
            n
            for n in self.semantic.nodes
            if isinstance(n, ast.Call) and isinstance(self._scope(n), ast.Module)
        ]
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

    def _scope(self, node: ast.AST) -> ast.AST | None:
        for ancestor in self.semantic.ancestors(node):
            if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                return ancestor
            if isinstance(ancestor, ast.Module):
                return ancestor
        return None

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
            self.routes.append(Route(group[0] + path, False, handler, names, self.file.site(node)))

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
        base = prefix.strip("^$").rstrip("/")
        for suffix, kind in tc.DRF_ROUTES:
            names = (f"{basename}-{kind}",) if isinstance(basename, str) and basename else ()
            path = f"{self.drf.get(router, '')}{base}/{suffix}" if base else suffix
            route = Route(path, False, f"{viewset} ({kind})", names, self.file.site(call), router)
            self.routes.append(route)

    def _retag_drf(self, router: str, prefix: str) -> None:
        """Registrations seen before `include(router.urls)` get the include's prefix."""
        self.routes = [
            Route(prefix + r.path, r.regex, r.handler, r.names, r.site, r.router)
            if r.router == router
            else r
            for r in self.routes
        ]


# -- tests ----------------------------------------------------------------------------------


def extract_test_uses(file: FileContext) -> TestFacts:
    semantic = file.semantic
    urls: list[str] = []
    names: list[str] = []
    for node in semantic.nodes:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if not isinstance(semantic.parent(node), ast.JoinedStr):
                url = _url(node.value)
                if url:
                    urls.append(url)
        elif isinstance(node, ast.JoinedStr):
            text = "".join(
                v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else PLACEHOLDER
                for v in node.values
            )
            url = _url(text)
            if url:
                urls.append(url)
        elif isinstance(node, ast.Call) and node.args and _names_route(node, semantic):
            literal = semantic.literal_value(node.args[0])
            view = semantic.qualified_name(node.args[0])  # `reverse(views.steam_login)`
            if isinstance(literal, str):
                names.append(literal)
            elif view:
                names.append(view)
    return TestFacts(tuple(sorted(set(urls))), tuple(sorted(set(names))), _is_test_module(file))


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
