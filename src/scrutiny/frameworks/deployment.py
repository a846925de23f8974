"""Deployment settings: what Django's `check --deploy` verifies, and the Flask / Starlette
equivalents (secret keys, secure cookies), as data."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from scrutiny.frameworks.flask import APP_FACTORIES
from scrutiny.frameworks.settings import (
    DJANGO_PROJECT_MARKERS,
    SettingValue,
    class_kind,
    setting_value,
)
from scrutiny.semantic.model import SemanticModel
from scrutiny.semantic.project import Site

# Every Django setting the deployment rules read (collected from each settings module).
DEPLOYMENT_SETTINGS = frozenset(
    {
        "DEBUG",
        "ALLOWED_HOSTS",
        "SECRET_KEY",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SECURE",
        "CSRF_USE_SESSIONS",
        *DJANGO_PROJECT_MARKERS,
    }
)

WILDCARD_HOSTS = frozenset({"*"})


@dataclass(frozen=True)
class RequiredSetting:
    """A setting whose Django default is insecure: production must switch it on."""

    name: str
    why: str


# SEC304: HTTPS enforcement. SECURE_CONTENT_TYPE_NOSNIFF and X_FRAME_OPTIONS are secure by default
# since Django 3.0, and SECURE_PROXY_SSL_HEADER is only needed behind a proxy: not required.
HTTPS_SETTINGS = (
    RequiredSetting("SECURE_SSL_REDIRECT", "plain-HTTP requests are served instead of redirected"),
    RequiredSetting("SECURE_HSTS_SECONDS", "browsers are never told to refuse plain HTTP"),
)
# SEC305: cookies that must carry the Secure flag (missing = Django's default False).
SECURE_COOKIE_SETTINGS = (
    RequiredSetting("SESSION_COOKIE_SECURE", "the session cookie is sent over plain HTTP"),
    RequiredSetting("CSRF_COOKIE_SECURE", "the CSRF cookie is sent over plain HTTP"),
)
# Cookie flags whose default is secure: only an explicit False is reported.
HTTPONLY_SETTINGS = (
    RequiredSetting("SESSION_COOKIE_HTTPONLY", "scripts on the page can read the session cookie"),
)
SESSION_APP = "django.contrib.sessions"
SESSION_MIDDLEWARE = "django.contrib.sessions.middleware.SessionMiddleware"
CSRF_MIDDLEWARE = "django.middleware.csrf.CsrfViewMiddleware"

# SEC306: the prefix `startproject` gives generated keys, meant to be replaced before deploying.
INSECURE_KEY_PREFIX = "django-insecure-"

# Flask: the application object, the config keys, and where a secret key can be set.
FLASK_SECRET_ATTRIBUTES = frozenset({"secret_key"})
FLASK_CONFIG_UPDATERS = frozenset({"update", "from_mapping", "setdefault"})
# Every write `flask_config_writes` finds goes through one of these attributes (`app.config`,
# `app.secret_key`): a file without them writes no Flask configuration.
FLASK_CONFIG_ATTRIBUTES = frozenset({"config", *FLASK_SECRET_ATTRIBUTES})
# Loaders that read the configuration from outside the code (and override earlier defaults).
FLASK_CONFIG_LOADERS = frozenset(
    {"from_pyfile", "from_envvar", "from_prefixed_env", "from_file", "from_object"}
)
SECRET_KEY_NAMES = frozenset({"SECRET_KEY"})
# Keys that make a plain class a Flask configuration class (`app.config.from_object(...)`).
FLASK_CONFIG_KEYS = frozenset(
    {
        "SECRET_KEY",
        "DEBUG",
        "TESTING",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "SESSION_COOKIE_SAMESITE",
        "PERMANENT_SESSION_LIFETIME",
        "SERVER_NAME",
        "PREFERRED_URL_SCHEME",
        "SQLALCHEMY_DATABASE_URI",
        "WTF_CSRF_ENABLED",
    }
)
FLASK_MODULES = frozenset({"flask", "quart"})
# Starlette / FastAPI session middleware: the class and its secret keyword.
SESSION_MIDDLEWARES = frozenset(
    {
        "starlette.middleware.sessions.SessionMiddleware",
        "fastapi.middleware.sessions.SessionMiddleware",
    }
)
SESSION_MIDDLEWARE_SECRET = "secret_key"


# -- Flask configuration classes and application objects ---------------------------------------


@dataclass(frozen=True)
class ConfigClass:
    """A module-level class whose body assigns Flask configuration keys (picklable facts)."""

    qualname: str
    site: Site
    kind: str  # production | development | generic, from the class name
    bases: tuple[str, ...]  # qualified names
    settings: tuple[SettingValue, ...]  # assignments to FLASK_CONFIG_KEYS in the body


_CONFIG_CLASS_NAME = re.compile(r"Config|Settings")


def config_classes(
    semantic: SemanticModel, site: Callable[[ast.AST], Site]
) -> tuple[ConfigClass, ...]:
    found: list[ConfigClass] = []
    for statement in semantic.tree.body:
        if not isinstance(statement, ast.ClassDef):
            continue
        settings = tuple(
            setting_value(target.id, inner.value, inner, semantic, site, False)
            for inner in statement.body
            if isinstance(inner, ast.Assign | ast.AnnAssign) and inner.value is not None
            for target in (inner.targets if isinstance(inner, ast.Assign) else [inner.target])
            if isinstance(target, ast.Name) and target.id in FLASK_CONFIG_KEYS
        )
        if not settings and not _CONFIG_CLASS_NAME.search(statement.name):
            continue
        bases = tuple(semantic.qualified_name(b) or ast.unparse(b) for b in statement.bases)
        qualname = f"{semantic.module}.{statement.name}"
        found.append(
            ConfigClass(qualname, site(statement), class_kind(statement.name), bases, settings)
        )
    return tuple(found)


def flask_config_classes(classes: Mapping[str, ConfigClass]) -> dict[str, ConfigClass]:
    """The classes whose hierarchy (within the project) sets Flask configuration keys and has no
    base outside the project (a pydantic `BaseSettings` or an ORM model is not a Flask config)."""
    result: dict[str, ConfigClass] = {}
    for qualname, klass in classes.items():
        chain = list(class_chain(qualname, classes))
        outside = any(
            base not in classes and base not in {"builtins.object", "object"}
            for member in chain
            for base in member.bases
        )
        if not outside and any(member.settings for member in chain):
            result[qualname] = klass
    return result


def class_chain(qualname: str, classes: Mapping[str, ConfigClass]) -> Iterator[ConfigClass]:
    """The class and its project bases, in (approximate, depth-first) method resolution order."""
    seen: set[str] = set()
    pending = [qualname]
    while pending:
        current = pending.pop(0)
        klass = classes.get(current)
        if klass is None or current in seen:
            continue
        seen.add(current)
        yield klass
        pending[0:0] = list(klass.bases)


def class_setting(
    qualname: str, classes: Mapping[str, ConfigClass], name: str
) -> tuple[SettingValue, ConfigClass] | None:
    """The value of `name` a configuration class ends up with, and the class that sets it."""
    for klass in class_chain(qualname, classes):
        for value in reversed(klass.settings):
            if value.name == name:
                return value, klass
    return None


def is_flask_app(expr: ast.expr, semantic: SemanticModel) -> bool:
    """`app` in `app.config[...]`: `Flask(...)`, or a name assigned only from it."""
    if isinstance(expr, ast.Call):
        return semantic.qualified_name(expr.func) in APP_FACTORIES
    if isinstance(expr, ast.Name):
        values = semantic.assigned_values(expr)
        return bool(values) and all(
            isinstance(v, ast.Call) and semantic.qualified_name(v.func) in APP_FACTORIES
            for v in values or ()
        )
    return False


def flask_config_writes(
    semantic: SemanticModel, names: frozenset[str]
) -> Iterator[tuple[str, ast.expr, ast.AST]]:
    """(key, value, node) for `app.config["KEY"] = v`, `app.config.update(KEY=v)` /
    `update({"KEY": v})` and, for SECRET_KEY, `app.secret_key = v`."""
    for node in semantic.nodes:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                key = _config_target(target, semantic)
                if key in names:
                    yield key, node.value, node
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in FLASK_CONFIG_UPDATERS
            and _is_app_config(node.func.value, semantic)
        ):
            for keyword in node.keywords:
                if keyword.arg in names:
                    yield keyword.arg, keyword.value, node
            for arg in node.args[:1]:
                if isinstance(arg, ast.Dict):
                    for k, v in zip(arg.keys, arg.values, strict=True):
                        literal = semantic.literal_value(k) if k is not None else None
                        if isinstance(literal, str) and literal in names:
                            yield literal, v, node


def overridden_later(node: ast.AST, semantic: SemanticModel) -> bool:
    """Whether a Flask config write is followed, in the same scope, by a loader that reads the
    configuration from a file or the environment (`app.config.from_pyfile("config.py")`)."""
    scope = semantic.scope_of.get(node, semantic.tree)
    line = getattr(node, "lineno", 0)
    return any(
        call.lineno > line
        and isinstance(call.func, ast.Attribute)
        and call.func.attr in FLASK_CONFIG_LOADERS
        and _is_app_config(call.func.value, semantic)
        for call in semantic.calls.get(scope, ())
    )


def _config_target(target: ast.expr, semantic: SemanticModel) -> str | None:
    if isinstance(target, ast.Attribute) and target.attr in FLASK_SECRET_ATTRIBUTES:
        return "SECRET_KEY" if is_flask_app(target.value, semantic) else None
    if isinstance(target, ast.Subscript) and _is_app_config(target.value, semantic):
        key = semantic.literal_value(target.slice)
        return key if isinstance(key, str) else None
    return None


def _is_app_config(expr: ast.expr, semantic: SemanticModel) -> bool:
    return (
        isinstance(expr, ast.Attribute)
        and expr.attr == "config"
        and is_flask_app(expr.value, semantic)
    )


def imports_any(semantic: SemanticModel, packages: frozenset[str]) -> bool:
    """Whether the module imports anything from one of `packages`."""
    for node in semantic.tree.body:
        if isinstance(node, ast.Import):
            if any(a.name.split(".")[0] in packages for a in node.names):
                return True
        elif (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and node.module
            and node.module.split(".")[0] in packages
        ):
            return True
    return False


# -- development servers (SEC308) ---------------------------------------------------------------


@dataclass(frozen=True)
class DevServer:
    """A function that starts a development server: where its host is, and which of its
    switches make it a development server (`reload=True`, `use_debugger=True`)."""

    qualname: str
    host_position: int | None
    host_keyword: str
    switches: tuple[tuple[str, int | None], ...]  # (keyword, position) of each switch
    debugger: bool  # a switch turns on an interactive debugger (remote code execution)


DEV_SERVERS: dict[str, DevServer] = {
    server.qualname: server
    for server in (
        DevServer("uvicorn.run", None, "host", (("reload", None), ("debug", None)), False),
        DevServer("uvicorn.main.run", None, "host", (("reload", None), ("debug", None)), False),
        DevServer("werkzeug.serving.run_simple", 0, "hostname", (("use_debugger", 4),), True),
        DevServer("werkzeug.run_simple", 0, "hostname", (("use_debugger", 4),), True),
    )
}
# `call_command("runserver", "0.0.0.0:8000")` and `execute_from_command_line([..., "runserver",
# "0.0.0.0:8000"])`: Django's development server.
DJANGO_COMMAND_CALLS = frozenset({"django.core.management.call_command"})
DJANGO_ARGV_CALLS = frozenset({"django.core.management.execute_from_command_line"})
DJANGO_DEV_SERVER_COMMANDS = frozenset({"runserver", "runserver_plus"})
PUBLIC_ADDRESSES = frozenset({"0.0.0.0", "0", "::", "[::]", ""})
