"""# Production settings do not enforce HTTPS

## What it does
Finds production Django settings modules that leave HTTPS unenforced: `SECURE_SSL_REDIRECT` missing,
`False`, or read from the environment with a false default, and `SECURE_HSTS_SECONDS` missing or
`0`. Values are followed through `from .base import *`. One finding per module lists every weak
setting; it is placed on the assignment that turns a setting off, else on the star import, else on
the module's first line. Production modules are `settings/production.py`, `settings_prod.py`,
`staging.py`... and a project's only `settings.py` unless it hard-codes `DEBUG = True`. Modules
that load settings we cannot see (a star import from outside the project, a conditional star import,
django-split-settings' `include()`, `exec`) are skipped, and so are a reusable app's own
`settings.py` (no `INSTALLED_APPS`, `DATABASES`, `SECRET_KEY`... anywhere in its chain).
`SECURE_CONTENT_TYPE_NOSNIFF` and `X_FRAME_OPTIONS` are not required (secure by default since
Django 3.0), nor is `SECURE_PROXY_SSL_HEADER` (only needed behind a proxy). A small positive
`SECURE_HSTS_SECONDS` is accepted: starting small is the recommended way to roll HSTS out.
Flask is not covered: whether HTTPS is enforced there depends on `flask-talisman` options or on the
proxy, which a static check cannot see precisely.

## Why it matters
Without a redirect, users who type the bare domain or follow an old `http://` link talk to the site
in clear text, and an attacker on the network (public Wi-Fi, a compromised router) can read and
change everything, including the session cookie. HSTS closes the remaining gap: once a browser has
seen the header, it refuses plain HTTP for the site, so even the first request cannot be downgraded
(SSL stripping).

## Example
```python
# shop/settings/production.py
from .base import *

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
```

## Use instead
```python
# shop/settings/production.py
from .base import *

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

# TLS is terminated by the load balancer, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
# Start with 3600, check every subdomain serves HTTPS, then raise to a year.
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = False  # True only once you submit the domain to hstspreload.org
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
```

## Alternatives and trade-offs
- Redirect and send HSTS at the proxy (nginx `return 301 https://...`, `add_header
  Strict-Transport-Security`): one place for every application behind it, but `check --deploy`
  and this rule cannot see it: set `SECURE_SSL_REDIRECT = False` deliberately and suppress the
  finding with a comment saying where the redirect happens.
- Behind a proxy, `SECURE_PROXY_SSL_HEADER` is required for the redirect to work (otherwise every
  request looks like HTTP and redirects forever); only set it if the proxy strips the header from
  client requests.
- HSTS preload (`SECURE_HSTS_PRELOAD`) protects even the first visit, but removal from browsers'
  lists takes months: enable it last, after a long max-age has run without problems.

## Libraries
`django-environ` or `pydantic-settings` for per-environment values; `secure` (secure.py) for
headers outside Django; `flask-talisman` for Flask; `django-csp` for the Content-Security-Policy.

## References
- https://docs.djangoproject.com/en/stable/ref/settings/#secure-ssl-redirect
- https://docs.djangoproject.com/en/stable/ref/middleware/#http-strict-transport-security
- https://docs.djangoproject.com/en/stable/howto/deployment/checklist/
- https://cwe.mitre.org/data/definitions/319.html
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.deployment import HTTPS_SETTINGS
from scrutiny.frameworks.settings import (
    SettingsModule,
    deployed_modules,
    fully_known,
    is_project_settings,
    module_anchor,
    resolve_setting,
    setting_state,
    settings_modules,
)
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._settings import deployment_settings

FIX = "set `SECURE_SSL_REDIRECT = True` and `SECURE_HSTS_SECONDS` (start at 3600, then a year)"
_STATES = {
    "missing": "not set",
    "off": "turned off",
    "default-off": "off unless an environment variable is set",
}


def collect(file: FileContext) -> SettingsModule | None:
    return deployment_settings(file)


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    modules = settings_modules(facts)
    for settings, explicit in deployed_modules(modules):
        if not fully_known(settings.module, modules) or not is_project_settings(
            settings.module, modules
        ):
            continue
        weak: list[str] = []
        anchor = None
        for required in HTTPS_SETTINGS:
            resolved = resolve_setting(settings.module, modules, required.name)
            state = setting_state(resolved)
            if state not in _STATES:
                continue
            weak.append(f"{required.name} {_STATES[state]} ({required.why})")
            own = resolved is not None and resolved.inherited_through is None
            if anchor is None and own and resolved is not None:
                anchor = resolved.value.site
        if weak:
            where = "production settings" if explicit else "the project's settings"
            reporter.report(
                anchor or module_anchor(settings),
                f"{where} `{settings.module}` does not enforce HTTPS: " + "; ".join(weak),
                fix=FIX,
                confidence=Confidence.MEDIUM if explicit else Confidence.LOW,
            )


RULE = Rule(
    code="SEC304",
    name="missing-https-settings",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    cwe=(319, 523),
    owasp=("A05:2021", "A02:2021"),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
