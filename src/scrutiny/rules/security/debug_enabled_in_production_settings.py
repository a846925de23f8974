"""# `DEBUG` enabled in production settings

## What it does
Finds settings modules that run in production with `DEBUG` on: a production module
(`settings/production.py`, `settings_prod.py`, `staging.py`, ...) that sets `DEBUG = True`, that
reads it from the environment with a default of `True`, or that inherits `DEBUG = True` through
`from .base import *` without overriding it; and a project's only, environment-neutral
`settings.py` that hard-codes `DEBUG = True`. It follows star imports across files and resolves
module constants (`DEBUG = ENABLE_DEBUG`). Development, local and test settings are left alone.

## Why it matters
With `DEBUG = True`, Django answers every error with a page that shows the stack trace, local
variables, the SQL that ran and most of your settings (secrets are masked only by name), and keeps
every SQL query in memory. Flask's debug mode goes further: the Werkzeug debugger runs arbitrary
Python for whoever reaches it. It is one of the most common ways real applications leak
credentials.

## Example
```python
# shop/settings/production.py
from .base import *   # base.py has DEBUG = True for local work

ALLOWED_HOSTS = ["shop.example.com"]
```

## Use instead
```python
# shop/settings/production.py
from .base import *

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
```
or read it from the environment with a safe default:
```python
DEBUG = env.bool("DJANGO_DEBUG", default=False)
```

## Alternatives and trade-offs
- One settings module driven by environment variables (`django-environ`, `pydantic-settings`)
  keeps a single source of truth, but then the *default* must be the production value, because a
  missing variable in production is the common failure.
- Per-environment modules (`base` / `development` / `production`) are explicit, but every value
  must be overridden deliberately; `DEBUG` is the one most often forgotten.
- `python manage.py check --deploy` verifies this at deploy time against the real environment; run
  it in CI as well, it complements this static check.

## Libraries
`django-environ`, `python-decouple`, `pydantic-settings`, `dynaconf`.

## References
- https://docs.djangoproject.com/en/stable/ref/settings/#debug
- https://docs.djangoproject.com/en/stable/howto/deployment/checklist/
- https://cwe.mitre.org/data/definitions/489.html
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity, Step
from scrutiny.frameworks.settings import (
    TRUE_STRINGS,
    Resolved,
    SettingsModule,
    SettingValue,
    collect_settings,
    resolve_setting,
    settings_modules,
    star_imported,
)
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

SETTING = "DEBUG"
FIX = "set `DEBUG = False` in production settings (or `env.bool('DJANGO_DEBUG', default=False)`)"


def collect(file: FileContext) -> SettingsModule | None:
    return collect_settings(file.semantic, file.site, file.has_role("settings"), (SETTING,))


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    modules = settings_modules(facts)
    imported = star_imported(modules)
    for settings in sorted(modules.values(), key=lambda m: m.module):
        if settings.kind == "development" or not settings.is_settings:
            continue
        resolved = resolve_setting(settings.module, modules, SETTING)
        if resolved is None or _verdict(resolved.value) not in ("true", "default-true"):
            continue
        if settings.kind == "generic" and (
            settings.module in imported or resolved.inherited_through is not None
        ):
            continue  # a shared base: judged where a production module uses it
        _report(settings, resolved, reporter)


def _verdict(value: SettingValue) -> str:
    """`true`, `default-true` (an environment read whose default turns DEBUG on), `false` or
    `unknown`."""
    if value.source == "literal":
        return "true" if value.value is True else "false"
    if value.source == "env" and value.has_default:
        return "default-true" if _truthy(value.value) else "false"
    return "unknown"


def _truthy(default: object) -> bool:
    if isinstance(default, str):
        return default.strip().lower() in TRUE_STRINGS
    return default is True or (isinstance(default, int) and default == 1)


def _report(settings: SettingsModule, resolved: Resolved, reporter: ProjectReporter) -> None:
    value = resolved.value
    verdict = _verdict(value)
    how = (
        "reads DEBUG from the environment with a default of True"
        if verdict == "default-true"
        else "sets DEBUG = True"
    )
    confidence = Confidence.HIGH if settings.kind == "production" else Confidence.MEDIUM
    if verdict == "default-true":
        confidence = Confidence.MEDIUM
    where = "production settings" if settings.kind == "production" else "the project's settings"
    star = resolved.inherited_through
    if star is None:
        reporter.report(
            value.site,
            f"{where} `{settings.module}` {how}: error pages will expose stack traces, "
            "SQL and settings",
            fix=FIX,
            confidence=confidence,
        )
        return
    what = "DEBUG = True" if verdict == "true" else "a DEBUG that defaults to True"
    trace = (Step(value.site.location, _note(verdict)), *resolved.trace[1:])
    reporter.report(
        star.site,
        f"{where} `{settings.module}` inherits {what} from `{star.module}` and never overrides it",
        fix=FIX,
        trace=trace,
        confidence=confidence,
    )


def _note(verdict: str) -> str:
    return {
        "true": "DEBUG = True",
        "default-true": "DEBUG defaults to True when the environment variable is unset",
    }.get(verdict, "DEBUG assigned")


RULE = Rule(
    code="SEC301",
    name="debug-enabled-in-production-settings",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(489, 215),
    owasp=("A05:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
