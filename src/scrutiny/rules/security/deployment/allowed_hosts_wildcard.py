"""# `ALLOWED_HOSTS` accepts any host in production settings

## What it does
Finds production Django settings whose `ALLOWED_HOSTS` contains `"*"`: written out
(`ALLOWED_HOSTS = ["*"]`, `ALLOWED_HOSTS += ["*"]`, `ALLOWED_HOSTS.append("*")`), read from the
environment with a default that contains `"*"` (`os.environ.get("ALLOWED_HOSTS", "*").split(",")`,
`env.list("ALLOWED_HOSTS", default=["*"])`, `config("ALLOWED_HOSTS", default="*")`), or inherited
through `from .base import *` without being overridden. Production modules are
`settings/production.py`, `settings_prod.py`, `staging.py`... and a project's only `settings.py`
unless it hard-codes `DEBUG = True` (a development setup). Development, local and test settings are
left alone; module constants are resolved.

## Why it matters
`ALLOWED_HOSTS` is Django's defence against forged `Host` headers. With `"*"`, whatever host a
client sends is trusted by `request.get_host()` and `build_absolute_uri()`: password-reset and
account-activation e-mails can be made to carry links to the attacker's domain (the token leaks
when the victim clicks), and shared caches can be poisoned with pages that point elsewhere.

## Example
```python
# shop/settings/production.py
from .base import *

ALLOWED_HOSTS = ["*"]
```

## Use instead
```python
# shop/settings/production.py
from .base import *

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["shop.example.com"])
```
List every name the site is served under (a leading dot, `.example.com`, matches subdomains).
Behind a load balancer whose health checks use the instance IP, add that IP or answer the health
check in the proxy rather than widening `ALLOWED_HOSTS`.

## Alternatives and trade-offs
- Validate the host at the proxy as well (nginx `server_name` with a default server that returns
  444): defence in depth, but the application must not rely on it alone.
- `USE_X_FORWARDED_HOST = True` moves the check to `X-Forwarded-Host`; only enable it when the
  proxy always sets that header.
- Reading the list from the environment (django-environ, pydantic-settings) keeps one settings
  module for every deployment; make the default the real host names, or no default at all.

## Libraries
`django-environ`, `python-decouple`, `pydantic-settings`.

## References
- https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts
- https://docs.djangoproject.com/en/stable/topics/security/#host-header-validation
- https://cwe.mitre.org/data/definitions/183.html
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.deployment import WILDCARD_HOSTS
from scrutiny.frameworks.settings import (
    Resolved,
    SettingsModule,
    SettingValue,
    deployed_modules,
    resolve_setting,
    settings_modules,
    value_anchor,
)
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._settings import deployment_settings

SETTING = "ALLOWED_HOSTS"
FIX = 'list the real host names: `ALLOWED_HOSTS = ["shop.example.com"]`'
_HOST_SEPARATORS = re.compile(r"[\s,]+")


def collect(file: FileContext) -> SettingsModule | None:
    return deployment_settings(file)


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    modules = settings_modules(facts)
    for settings, explicit in deployed_modules(modules):
        resolved = resolve_setting(settings.module, modules, SETTING)
        if resolved is None or (not explicit and resolved.inherited_through is not None):
            continue
        culprit = _wildcard_event(resolved)
        if culprit is not None:
            _report(settings, explicit, resolved, culprit, reporter)


def _wildcard_event(resolved: Resolved) -> SettingValue | None:
    for event in (resolved.value, *resolved.additions):
        if event.source in ("literal", "added", "env") and _has_wildcard(event.value):
            return event
    return None


def _has_wildcard(value: object) -> bool:
    if isinstance(value, str):
        return any(part in WILDCARD_HOSTS for part in _HOST_SEPARATORS.split(value.strip()))
    if isinstance(value, list | tuple | set | frozenset):
        return any(isinstance(item, str) and _has_wildcard(item) for item in value)
    return False


def _report(
    settings: SettingsModule,
    explicit: bool,
    resolved: Resolved,
    culprit: SettingValue,
    reporter: ProjectReporter,
) -> None:
    where = "production settings" if explicit else "the project's settings"
    how = (
        "read from the environment with a default that contains `*`"
        if culprit.source == "env"
        else "containing `*`"
    )
    site, trace = value_anchor(settings, resolved, culprit)
    inherited = f" (inherited from `{_origin(resolved)}`)" if trace else ""
    reporter.report(
        site,
        f"{where} `{settings.module}` has ALLOWED_HOSTS {how}{inherited}: any Host header is "
        "trusted, so reset links and cached pages can point to an attacker's domain",
        fix=FIX,
        trace=trace,
        confidence=Confidence.HIGH if explicit and culprit.source != "env" else Confidence.MEDIUM,
    )


def _origin(resolved: Resolved) -> str:
    star = resolved.inherited_through
    return star.module if star is not None else ""


RULE = Rule(
    code="SEC303",
    name="allowed-hosts-wildcard",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(183, 16),
    owasp=("A05:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
