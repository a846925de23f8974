"""# CORS allows any origin together with credentials

## What it does
Finds CORS configurations that accept requests from every origin *and* allow credentials
(cookies, HTTP authentication):

- Starlette / FastAPI: `app.add_middleware(CORSMiddleware, allow_origins=["*"],
  allow_credentials=True)`, the same through `Middleware(CORSMiddleware, ...)` or
  `CORSMiddleware(app, ...)`, and an `allow_origin_regex` that accepts any origin (`".*"`,
  `"https?://.*"`);
- django-cors-headers settings: `CORS_ALLOW_ALL_ORIGINS = True` (or the old
  `CORS_ORIGIN_ALLOW_ALL`) or a `CORS_ALLOWED_ORIGIN_REGEXES` entry that matches any origin,
  together with `CORS_ALLOW_CREDENTIALS = True`, following `from .base import *` the way
  Django reads them: a production module that inherits both from its base is reported at the
  star import, and a base module is judged where a production module uses it (so an override
  there counts). Development settings modules (`local.py`, `dev.py`, ...) are left alone;
- flask-cors: `CORS(app, supports_credentials=True)` (flask-cors allows every origin when
  `origins` is not given and no module of the project sets `CORS_ORIGINS` in the Flask
  configuration), `origins="*"` or `origins=r".*"`, per-resource options
  (`resources={r"/api/*": {"origins": "*"}}`) and the `@cross_origin(...)` decorator;
- hand-written headers: a view that copies the request's `Origin` header into
  `Access-Control-Allow-Origin` and sends `Access-Control-Allow-Credentials: true`, without
  comparing the origin with an allow-list first.

Arguments are resolved through module constants and constant `**options` dictionaries. An
origin pattern counts as a wildcard when it accepts origins of arbitrary sites
(`https://attacker.example`), using each library's own matching (`fullmatch` in Starlette,
`match` in django-cors-headers and flask-cors). Origins read from settings or the environment
are trusted, except when the environment read falls back to `*`
(`os.getenv("CORS_ORIGINS", "*").split(",")`), reported with medium confidence.

## Why it matters
The browser refuses `Access-Control-Allow-Origin: *` with credentials, so these libraries do
the dangerous thing instead: they echo back whatever `Origin` the request carries. Every website
the victim visits can then call your API *with the victim's cookies* and read the responses:
account details, CSRF tokens, API keys. It is the cross-origin equivalent of having no same-origin
policy at all (CWE-942).

## Example
```python
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
```

## Use instead
An explicit allow-list read from settings:
```python
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .config import settings   # CORS_ORIGINS="https://app.example.com,https://admin.example.com"

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=[o.strip() for o in settings.CORS_ORIGINS.split(",")],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
)
```
Django (django-cors-headers):
```python
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS")   # full origins, no wildcards
CORS_ALLOW_CREDENTIALS = True
```
Flask (flask-cors):
```python
CORS(app, origins=app.config["CORS_ORIGINS"], supports_credentials=True)
```

## Alternatives and trade-offs
- **Allow-list of exact origins**: the safe default; each new front end needs a config change.
- **Anchored regular expressions** (`r"^https://[a-z0-9-]+\\.example\\.com$"`) cover preview
  deployments on subdomains; an unescaped dot or a missing anchor (`example.com.attacker.net`)
  reopens the hole, so test them.
- **Public API without credentials**: `allow_origins=["*"]` with `allow_credentials=False` is fine
  for truly public, cookie-less data; authenticate with a token in the `Authorization` header.
- **Same-origin deployment** (a reverse proxy serving the front end and `/api` from one host)
  removes the need for CORS entirely.

## Libraries
`django-cors-headers`, `flask-cors`, Starlette / FastAPI `CORSMiddleware`, and `pydantic-settings`
or `django-environ` to read the allowed origins from the environment.

## References
- https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS#requests_with_credentials
- https://portswigger.net/web-security/cors
- https://github.com/adamchainz/django-cors-headers#cors_allow_credentials-bool
- https://www.starlette.io/middleware/#corsmiddleware
- https://cwe.mitre.org/data/definitions/942.html
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scrutiny.context import FileContext, ProjectReporter, RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.settings import (
    ENV_READERS,
    Resolved,
    SettingsModule,
    collect_settings,
    resolve_setting,
    settings_kind,
    star_imported,
    value_anchor,
)
from scrutiny.frameworks.web_security import (
    ALLOW_CREDENTIALS_HEADER,
    ALLOW_ORIGIN_HEADER,
    DJANGO_CORS_ALLOW_ALL,
    DJANGO_CORS_CREDENTIALS,
    DJANGO_CORS_REGEXES,
    DJANGO_CORS_SETTINGS,
    FLASK_CORS,
    FLASK_CORS_CONFIG_KEYS,
    FLASK_CORS_DEFAULT_ORIGINS,
    HEADER_SETTERS,
    ORIGIN_LIST_SPLITTERS,
    ORIGIN_REQUEST_KEYS,
    STARLETTE_CORS,
    STARLETTE_MIDDLEWARE_WRAPPERS,
    WILDCARD_ORIGINS,
    matches_any_origin,
)
from scrutiny.rule import Rule
from scrutiny.semantic.model import UNKNOWN, SemanticModel
from scrutiny.semantic.project import ProjectIndex, Site

FIX = "list the allowed origins explicitly (read them from settings) or drop credentials"
MESSAGE = (
    "{what} allows every origin together with credentials: any website can send requests "
    "with the visitor's cookies and read the responses"
)
Function = ast.FunctionDef | ast.AsyncFunctionDef


def check(node: ast.AST, ctx: RuleContext) -> None:
    if isinstance(node, ast.Call):
        _check_call(node, ctx)
    elif isinstance(node, Function):
        _check_reflected_origin(node, ctx)


# -- keyword arguments ------------------------------------------------------------------------


def _options(call: ast.Call, semantic: SemanticModel) -> dict[str, object] | None:
    """Keyword arguments as constants (`UNKNOWN` when not constant); None when a `**mapping`
    cannot be resolved."""
    found: dict[str, object] = {}
    for keyword in call.keywords:
        if keyword.arg is not None:
            found[keyword.arg] = semantic.literal_value(keyword.value)
            continue
        mapping = _mapping(keyword.value, semantic)
        if mapping is None:
            return None
        found.update(mapping)
    return found


def _mapping(expr: ast.expr, semantic: SemanticModel) -> dict[str, object] | None:
    if isinstance(expr, ast.Name):
        values = semantic.assigned_values(expr) or []
        if len(values) == 1 and isinstance(values[0], ast.Dict):
            expr = values[0]
    value = semantic.literal_value(expr)
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items()}
    if isinstance(expr, ast.Dict):
        return {
            str(k.value): semantic.literal_value(v)
            for k, v in zip(expr.keys, expr.values, strict=True)
            if isinstance(k, ast.Constant)
        }
    return None


def _is_wildcard(origins: object, *, full: bool) -> bool:
    items = [origins] if isinstance(origins, str) else origins
    if not isinstance(items, list | tuple | set | frozenset):
        return False
    return any(
        isinstance(o, str) and (o in WILDCARD_ORIGINS or matches_any_origin(o, full=full))
        for o in items
    )


# -- Starlette / FastAPI and flask-cors -------------------------------------------------------


def _check_call(call: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    callee = semantic.qualified_name(call.func)
    starlette = callee in STARLETTE_CORS
    if (
        not starlette
        and call.args
        and (
            callee in STARLETTE_MIDDLEWARE_WRAPPERS
            or (isinstance(call.func, ast.Attribute) and call.func.attr == "add_middleware")
        )
    ):  # the middleware class as the first argument
        starlette = semantic.qualified_name(call.args[0]) in STARLETTE_CORS
    if starlette:
        _check_starlette(call, ctx)
    elif callee in FLASK_CORS:
        _check_flask_cors(call, ctx)


def _check_starlette(call: ast.Call, ctx: RuleContext) -> None:
    options = _options(call, ctx.semantic)
    if options is None or options.get("allow_credentials") is not True:
        return
    regex = options.get("allow_origin_regex")
    wildcard = _is_wildcard(options.get("allow_origins", ()), full=True) or (
        isinstance(regex, str) and _is_wildcard(regex, full=True)
    )
    if wildcard:
        ctx.report(call, MESSAGE.format(what="CORSMiddleware"), fix=FIX)
    elif _defaults_to_wildcard(_keyword(call, "allow_origins"), ctx.semantic):
        ctx.report(
            call,
            MESSAGE.format(what="CORSMiddleware (origins from the environment, default `*`)"),
            fix=FIX,
            confidence=Confidence.MEDIUM,
        )


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _defaults_to_wildcard(expr: ast.expr | None, semantic: SemanticModel) -> bool:
    """`os.getenv("CORS_ORIGINS", "*").split(",")`: a wildcard whenever the variable is unset."""
    while (
        isinstance(expr, ast.Call)
        and isinstance(expr.func, ast.Attribute)
        and expr.func.attr in ORIGIN_LIST_SPLITTERS
    ):
        expr = expr.func.value
    if isinstance(expr, ast.List | ast.Tuple) and len(expr.elts) == 1:
        expr = expr.elts[0]
    if not isinstance(expr, ast.Call):
        return False
    reader = ENV_READERS.get(semantic.qualified_name(expr.func) or "")
    if reader is None:
        return False
    position, keyword = reader
    default = _keyword(expr, keyword) if keyword else None
    if default is None and position is not None and len(expr.args) > position:
        default = expr.args[position]
    return default is not None and _is_wildcard(semantic.literal_value(default), full=True)


@dataclass(frozen=True)
class FlaskCorsVerdict:
    what: str
    confidence: Confidence | None
    by_default: bool  # the wildcard is flask-cors' default origins (no `origins=` anywhere)


def _check_flask_cors(call: ast.Call, ctx: RuleContext) -> None:
    verdict = _flask_cors_verdict(call, ctx.semantic)
    if verdict is not None and not verdict.by_default:
        ctx.report(call, MESSAGE.format(what=verdict.what), fix=FIX, confidence=verdict.confidence)


def _flask_cors_verdict(call: ast.Call, semantic: SemanticModel) -> FlaskCorsVerdict | None:
    """Whether a `CORS(...)` / `@cross_origin(...)` call allows every origin with credentials.

    Wildcards that come from flask-cors' default origins are decided in the project phase:
    `CORS_ORIGINS` may be set in a configuration module loaded with `app.config.from_object`.
    """
    options = _options(call, semantic)
    if options is None:
        return None
    top_origins = options.get("origins", FLASK_CORS_DEFAULT_ORIGINS)
    from_environment = top_origins is UNKNOWN and _defaults_to_wildcard(
        _keyword(call, "origins"), semantic
    )
    if from_environment:
        top_origins = FLASK_CORS_DEFAULT_ORIGINS
    top_credentials = options.get("supports_credentials", False)
    resources = options.get("resources")
    scopes: list[dict[object, object]] = [{}]
    if isinstance(resources, dict):
        scopes = [v if isinstance(v, dict) else {} for v in resources.values()] or [{}]
    for scope in scopes:
        origins = scope.get("origins", top_origins)
        credentials = scope.get("supports_credentials", top_credentials)
        if credentials is True and _is_wildcard(origins, full=False):
            if "origins" in scope or ("origins" in options and not from_environment):
                return FlaskCorsVerdict("flask-cors", None, by_default=False)
            if from_environment:
                what = "flask-cors (origins from the environment, default `*`)"
                return FlaskCorsVerdict(what, Confidence.MEDIUM, by_default=False)
            return FlaskCorsVerdict("flask-cors (default origins `*`)", None, by_default=True)
    return None


def _configures_origins_elsewhere(file: FileContext) -> bool:
    """flask-cors reads `CORS_ORIGINS` from the app config: `app.config["CORS_ORIGINS"] = ...`,
    `app.config.update(CORS_ORIGINS=...)` or a `CORS_ORIGINS = ...` configuration constant."""
    semantic = file.semantic
    if any(k.arg in FLASK_CORS_CONFIG_KEYS for k in file.nodes(ast.keyword)):
        return True
    for node in file.nodes(ast.Assign):
        for target in node.targets:
            if isinstance(target, ast.Name) and target.id in FLASK_CORS_CONFIG_KEYS:
                return True
            if (
                isinstance(target, ast.Subscript)
                and semantic.literal_value(target.slice) in FLASK_CORS_CONFIG_KEYS
            ):
                return True
    return False


# -- django-cors-headers ----------------------------------------------------------------------


@dataclass(frozen=True)
class SettingsFacts:
    module: str
    # django-cors-headers settings and star imports, for `frameworks.settings.resolve_setting`
    settings: SettingsModule | None
    # flask-cors calls that rely on the default origins `*`, and whether this module sets
    # `CORS_ORIGINS` (then they may not).
    default_origins: tuple[tuple[Site, str], ...] = ()
    configures_origins: bool = False


def collect(file: FileContext) -> SettingsFacts | None:
    semantic = file.semantic
    settings = collect_settings(
        semantic, file.site, file.has_role("settings"), DJANGO_CORS_SETTINGS
    )
    pending = tuple(
        (file.site(call), verdict.what)
        for call in _all_calls(semantic)
        if semantic.qualified_name(call.func) in FLASK_CORS
        for verdict in [_flask_cors_verdict(call, semantic)]
        if verdict is not None and verdict.by_default
    )
    configures = _configures_origins_elsewhere(file)
    if not (settings or pending or configures):
        return None
    return SettingsFacts(semantic.module, settings, pending, configures)


def _all_calls(semantic: SemanticModel) -> list[ast.Call]:
    return [call for calls in semantic.calls.values() for call in calls]


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    del index
    _finish_flask_defaults(facts, reporter)
    modules = {f.module: f.settings for f in facts.values() if f.settings is not None}
    shared_bases = star_imported(modules)
    for module, settings in sorted(modules.items()):
        kind = settings_kind(module)
        if kind == "development" or (kind == "generic" and module in shared_bases):
            continue  # development settings; or a shared base, judged where it is used
        credentials = _enabled(module, modules, DJANGO_CORS_CREDENTIALS)
        wildcard = _enabled(module, modules, DJANGO_CORS_ALLOW_ALL | DJANGO_CORS_REGEXES)
        if credentials is None or wildcard is None:
            continue
        own_wildcard = wildcard.inherited_through is None
        anchor = wildcard if own_wildcard or credentials.inherited_through else credentials
        site, _ = value_anchor(settings, anchor, anchor.value)
        what = "django-cors-headers"
        if wildcard.inherited_through is not None:
            origin = wildcard.inherited_through.module
            what = f"django-cors-headers (`{wildcard.value.name}` from `{origin}`)"
        reporter.report(site, MESSAGE.format(what=what), fix=FIX)


def _enabled(
    module: str, modules: Mapping[str, SettingsModule], names: frozenset[str]
) -> Resolved | None:
    """The first of `names` that `module` ends up with switched on (credentials allowed, or
    every origin allowed), following its star imports."""
    for name in sorted(names):
        resolved = resolve_setting(module, modules, name)
        if resolved is None or resolved.value.source != "literal":
            continue
        value = resolved.value.value
        on = value is True if name in DJANGO_CORS_CREDENTIALS else _django_wildcard(name, value)
        if on:
            return resolved
    return None


def _finish_flask_defaults(facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    """`CORS(app, supports_credentials=True)` is a wildcard unless the project sets
    `CORS_ORIGINS` in its Flask configuration."""
    if any(f.configures_origins for f in facts.values()):
        return
    for file_facts in facts.values():
        for site, what in file_facts.default_origins:
            reporter.report(site, MESSAGE.format(what=what), fix=FIX)


def _django_wildcard(setting: str, value: object) -> bool:
    if setting in DJANGO_CORS_ALLOW_ALL:
        return value is True
    return setting in DJANGO_CORS_REGEXES and _is_wildcard(value, full=False)


# -- hand-written headers ---------------------------------------------------------------------


def _mentions_allow_origin(file: FileContext) -> bool:
    return any(ALLOW_ORIGIN_HEADER in line.lower() for line in file.lines)


def _check_reflected_origin(function: Function, ctx: RuleContext) -> None:
    if not ctx.file.shared("mentions-allow-origin", _mentions_allow_origin):
        return  # the header is never written by name in this file
    semantic = ctx.semantic
    reflected: ast.AST | None = None
    credentials = False
    for node in _own_nodes(function):
        for header, value in _header_writes(node, semantic):
            if header == ALLOW_ORIGIN_HEADER and _is_request_origin(value, semantic, function):
                reflected = reflected or node
            elif header == ALLOW_CREDENTIALS_HEADER:
                literal = semantic.literal_value(value)
                credentials = credentials or (
                    isinstance(literal, str) and literal.lower() == "true"
                )
    if reflected is not None and credentials:
        ctx.report(
            reflected,
            MESSAGE.format(what="this view echoes the request's Origin header and"),
            fix="compare the Origin with an allow-list before echoing it",
            confidence=Confidence.MEDIUM,
        )


def _own_nodes(function: Function) -> list[ast.AST]:
    """The nodes of a function body, without nested functions and classes."""
    found: list[ast.AST] = []
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        found.append(node)
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, Function | ast.ClassDef | ast.Lambda):
                stack.append(child)
    return found


def _header_writes(node: ast.AST, semantic: SemanticModel) -> list[tuple[str, ast.expr]]:
    """(lowercased header name, value) written by `x[...] = v`, `x.headers[...] = v` or a dict."""
    writes: list[tuple[str, ast.expr]] = []
    if isinstance(node, ast.Assign):
        for target in node.targets:
            if isinstance(target, ast.Subscript):
                key = semantic.literal_value(target.slice)
                if isinstance(key, str):
                    writes.append((key.lower(), node.value))
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in HEADER_SETTERS
        and len(node.args) == 2
    ):
        key = semantic.literal_value(node.args[0])
        if isinstance(key, str):
            writes.append((key.lower(), node.args[1]))
    elif isinstance(node, ast.Dict):
        for key_node, value in zip(node.keys, node.values, strict=True):
            key = semantic.literal_value(key_node) if key_node is not None else None
            if isinstance(key, str):
                writes.append((key.lower(), value))
    return writes


def _is_request_origin(expr: ast.expr, semantic: SemanticModel, function: Function) -> bool:
    """`request.headers.get("Origin")`, `request.META["HTTP_ORIGIN"]`, or a local holding it,
    not compared with anything in the function."""
    if isinstance(expr, ast.BoolOp):
        return any(_is_request_origin(v, semantic, function) for v in expr.values)
    if isinstance(expr, ast.Name):
        if _is_compared(expr.id, function):
            return False
        values = semantic.assigned_values(expr) or []
        return any(v is not None and _reads_origin(v, semantic) for v in values)
    return _reads_origin(expr, semantic)


def _reads_origin(expr: ast.expr, semantic: SemanticModel) -> bool:
    key: ast.expr | None = None
    if isinstance(expr, ast.Subscript):
        key = expr.slice
    elif (
        isinstance(expr, ast.Call)
        and isinstance(expr.func, ast.Attribute)
        and expr.func.attr == "get"
        and expr.args
    ):
        key = expr.args[0]
    if key is None:
        return False
    value = semantic.literal_value(key)
    return isinstance(value, str) and value.lower() in ORIGIN_REQUEST_KEYS


def _is_compared(name: str, function: Function) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.Compare) and any(
            isinstance(side, ast.Name) and side.id == name
            for side in (node.left, *node.comparators)
        ):
            return True
        if isinstance(node, ast.Call) and any(
            isinstance(a, ast.Name) and a.id == name for a in node.args
        ):
            return True
    return False


RULE = Rule(
    code="SEC213",
    name="cors-wildcard-with-credentials",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(942,),
    owasp=("A05:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call, ast.FunctionDef, ast.AsyncFunctionDef),
    check=check,
    collect=collect,
    finish=finish,
)
