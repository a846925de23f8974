"""# Session or CSRF cookie sent without the Secure flag in production

## What it does
Django: finds production settings modules where `SESSION_COOKIE_SECURE` or `CSRF_COOKIE_SECURE` is
missing (Django's default is `False`), `False`, or read from the environment with a false default,
and where `SESSION_COOKIE_HTTPONLY = False`. Values are followed through `from .base import *`;
one finding per module lists every weak setting. The session cookie is not required when the
project neither installs `django.contrib.sessions` nor uses its middleware, nor the CSRF cookie with
`CSRF_USE_SESSIONS = True` or without `CsrfViewMiddleware` (when those lists are literal).
Production modules are chosen as for SEC304 (explicitly named production modules, and a project's
only `settings.py` unless it hard-codes `DEBUG = True`).

Flask: finds configuration classes named for production (`ProductionConfig`, `ProdConfig`,
`LiveConfig`, ...) whose hierarchy of project classes sets Flask keys but leaves
`SESSION_COOKIE_SECURE` unset or false, or sets `SESSION_COOKIE_HTTPONLY = False`, in a project that
uses Flask; and `app.config["SESSION_COOKIE_SECURE"] = False` or
`app.config.update(SESSION_COOKIE_SECURE=False)` in a production module (`production.py`,
`prod_app.py`...). Other Flask apps are not judged: nothing says they run in production.

## Why it matters
A cookie without the Secure flag is also sent over plain HTTP: one `http://` request (an old link,
an image, a downgrade by someone on the same network) is enough to leak the session identifier and
hijack the account, even when the site itself is served over HTTPS. `HttpOnly` keeps the session
cookie out of reach of JavaScript, so an XSS bug cannot simply read and exfiltrate it.

## Example
```python
# shop/settings/production.py
from .base import *

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = False
```
```python
class ProductionConfig(Config):
    DEBUG = False
```

## Use instead
```python
# shop/settings/production.py
from .base import *

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = "Lax"
```
```python
class ProductionConfig(Config):
    DEBUG = False
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = True  # flask-login
```

## Alternatives and trade-offs
- Name the cookies with the `__Host-` prefix (`SESSION_COOKIE_NAME = "__Host-sessionid"`): browsers
  then refuse the cookie unless it is Secure, has no Domain and Path is `/`, which also stops
  subdomains from overwriting it. It breaks sharing the session across subdomains.
- `CSRF_USE_SESSIONS = True` keeps the CSRF token in the session instead of its own cookie: one
  cookie less to protect, but the token then needs the session, even for anonymous pages.
- flask-talisman sets `SESSION_COOKIE_SECURE` and HSTS for Flask in one place; keep the config
  explicit anyway so the value is visible where the other settings are.

## Libraries
`django-environ`, `pydantic-settings`, `flask-talisman`, `flask-login` (`REMEMBER_COOKIE_SECURE`).

## References
- https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-secure
- https://docs.djangoproject.com/en/stable/ref/settings/#csrf-cookie-secure
- https://flask.palletsprojects.com/en/stable/security/#set-cookie-options
- https://cwe.mitre.org/data/definitions/614.html
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.deployment import (
    CSRF_MIDDLEWARE,
    FLASK_MODULES,
    HTTPONLY_SETTINGS,
    SECURE_COOKIE_SETTINGS,
    SESSION_APP,
    SESSION_MIDDLEWARE,
    ConfigClass,
    RequiredSetting,
    class_setting,
    config_classes,
    flask_config_classes,
    flask_config_writes,
    imports_any,
)
from scrutiny.frameworks.settings import (
    Resolved,
    SettingsModule,
    SettingValue,
    deployed_modules,
    fully_known,
    is_off,
    is_project_settings,
    module_anchor,
    resolve_setting,
    setting_state,
    settings_kind,
    settings_modules,
)
from scrutiny.rule import Rule
from scrutiny.semantic.model import UNKNOWN
from scrutiny.semantic.project import ProjectIndex, Site

from ._settings import deployment_settings, may_write_flask_config

FIX = "set `SESSION_COOKIE_SECURE = True` and `CSRF_COOKIE_SECURE = True` in production"
FLASK_FIX = "set `SESSION_COOKIE_SECURE = True` in the production configuration"
_STATES = {
    "missing": "not set (defaults to False)",
    "off": "turned off",
    "default-off": "off unless an environment variable is set",
}
_COOKIE_KEYS = frozenset(s.name for s in (*SECURE_COOKIE_SETTINGS, *HTTPONLY_SETTINGS))


@dataclass(frozen=True)
class FlaskWrite:
    key: str
    site: Site


@dataclass(frozen=True)
class CookieFacts:
    settings: SettingsModule | None
    classes: tuple[ConfigClass, ...]
    uses_flask: bool
    writes: tuple[FlaskWrite, ...]  # explicit `False` cookie flags in a production module


def collect(file: FileContext) -> CookieFacts | None:
    semantic = file.semantic
    settings = deployment_settings(file)
    writes: tuple[FlaskWrite, ...] = ()
    if settings_kind(semantic.module) == "production" and may_write_flask_config(file):
        writes = tuple(
            FlaskWrite(key, file.site(node))
            for key, value, node in flask_config_writes(semantic, _COOKIE_KEYS)
            if _is_false(semantic.literal_value(value))
        )
    facts = CookieFacts(
        settings, config_classes(semantic, file.site), imports_any(semantic, FLASK_MODULES), writes
    )
    return facts if settings or facts.classes or facts.uses_flask or writes else None


def _is_false(value: object) -> bool:
    return value is not UNKNOWN and is_off(value)


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    cookie_facts = [f for f in facts.values() if isinstance(f, CookieFacts)]
    modules = settings_modules({str(i): f.settings for i, f in enumerate(cookie_facts)})
    _finish_django(modules, reporter)
    if any(f.uses_flask for f in cookie_facts):
        classes = {c.qualname: c for f in cookie_facts for c in f.classes}
        _finish_flask_classes(classes, reporter)
    for fact in cookie_facts:
        for write in fact.writes:
            reporter.report(
                write.site,
                f"production Flask config sets {write.key} = False: " + _why(write.key),
                fix=FLASK_FIX,
            )


# -- Django ------------------------------------------------------------------------------------


def _finish_django(modules: Mapping[str, SettingsModule], reporter: ProjectReporter) -> None:
    for settings, explicit in deployed_modules(modules):
        if not is_project_settings(settings.module, modules):
            continue
        known = fully_known(settings.module, modules)
        weak: list[str] = []
        anchor: Site | None = None
        for required in _required(settings.module, modules):
            resolved = resolve_setting(settings.module, modules, required.name)
            state = setting_state(resolved)
            if state not in _STATES or (state == "missing" and not known):
                continue
            weak.append(f"{required.name} {_STATES[state]} ({required.why})")
            anchor = anchor or _own_site(resolved)
        for flag in HTTPONLY_SETTINGS:
            resolved = resolve_setting(settings.module, modules, flag.name)
            if setting_state(resolved) == "off":
                weak.append(f"{flag.name} turned off ({flag.why})")
                anchor = anchor or _own_site(resolved)
        if weak:
            where = "production settings" if explicit else "the project's settings"
            reporter.report(
                anchor or module_anchor(settings),
                f"{where} `{settings.module}` leaves cookies unprotected: " + "; ".join(weak),
                fix=FIX,
                confidence=Confidence.HIGH if explicit else Confidence.MEDIUM,
            )


def _own_site(resolved: Resolved | None) -> Site | None:
    if resolved is None or resolved.inherited_through is not None:
        return None
    return resolved.value.site


def _required(module: str, modules: Mapping[str, SettingsModule]) -> list[RequiredSetting]:
    apps = _literal_list(resolve_setting(module, modules, "INSTALLED_APPS"))
    middleware = _literal_list(resolve_setting(module, modules, "MIDDLEWARE"))
    uses_sessions = apps is None or SESSION_APP in apps or middleware is None
    uses_sessions = uses_sessions or SESSION_MIDDLEWARE in (middleware or ())
    csrf_in_session = setting_state(resolve_setting(module, modules, "CSRF_USE_SESSIONS")) == "on"
    uses_csrf_cookie = not csrf_in_session and (middleware is None or CSRF_MIDDLEWARE in middleware)
    wanted = {"SESSION_COOKIE_SECURE": uses_sessions, "CSRF_COOKIE_SECURE": uses_csrf_cookie}
    return [s for s in SECURE_COOKIE_SETTINGS if wanted.get(s.name, True)]


def _literal_list(resolved: Resolved | None) -> tuple[str, ...] | None:
    """The strings of a literal list setting without later additions, else None (unknown)."""
    if resolved is None or resolved.additions or resolved.value.source != "literal":
        return None
    value = resolved.value.value
    if not isinstance(value, list | tuple):
        return None
    return tuple(item for item in value if isinstance(item, str))


# -- Flask configuration classes ---------------------------------------------------------------


def _finish_flask_classes(classes: Mapping[str, ConfigClass], reporter: ProjectReporter) -> None:
    for qualname, klass in sorted(flask_config_classes(classes).items()):
        if klass.kind != "production":
            continue
        weak: list[str] = []
        anchor: Site | None = None
        secure = class_setting(qualname, classes, "SESSION_COOKIE_SECURE")
        state = _class_state(secure)
        if state in _STATES:
            weak.append(f"SESSION_COOKIE_SECURE {_STATES[state]}")
            anchor = _class_anchor(secure, klass)
        httponly = class_setting(qualname, classes, "SESSION_COOKIE_HTTPONLY")
        if httponly is not None and _class_state(httponly) == "off":
            weak.append("SESSION_COOKIE_HTTPONLY turned off")
            anchor = anchor or _class_anchor(httponly, klass)
        if weak:
            reporter.report(
                anchor or klass.site,
                f"production Flask config `{klass.qualname}` leaves the session cookie "
                "unprotected: " + "; ".join(weak),
                fix=FLASK_FIX,
                confidence=Confidence.MEDIUM,
            )


def _class_state(found: tuple[SettingValue, ConfigClass] | None) -> str:
    if found is None:
        return "missing"
    return setting_state(Resolved(found[0], (), None))


def _class_anchor(found: tuple[SettingValue, ConfigClass] | None, klass: ConfigClass) -> Site:
    if found is not None and found[1].qualname == klass.qualname:
        return found[0].site
    return klass.site


def _why(key: str) -> str:
    if key == "SESSION_COOKIE_HTTPONLY":
        return "scripts on the page can read the session cookie"
    return "the session cookie is also sent over plain HTTP"


RULE = Rule(
    code="SEC305",
    name="insecure-session-cookie-settings",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(614, 1004),
    owasp=("A05:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
