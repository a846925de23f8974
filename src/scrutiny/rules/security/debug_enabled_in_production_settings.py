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

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity, Step
from scrutiny.frameworks.settings import (
    compared_default,
    env_default,
    settings_kind,
    truthy_setting,
)
from scrutiny.rule import Rule
from scrutiny.semantic.model import UNKNOWN, SemanticModel
from scrutiny.semantic.project import ProjectIndex, Site

SETTING = "DEBUG"
FIX = "set `DEBUG = False` in production settings (or `env.bool('DJANGO_DEBUG', default=False)`)"


@dataclass(frozen=True)
class DebugValue:
    verdict: str  # "true" | "default-true" | "false" | "unknown"
    site: Site


@dataclass(frozen=True)
class StarImport:
    module: str
    site: Site


@dataclass(frozen=True)
class SettingsFacts:
    module: str
    kind: str
    is_settings: bool  # the file has the `settings` role (only those are reported)
    events: tuple[DebugValue | StarImport, ...]  # in source order


def collect(file: FileContext) -> SettingsFacts | None:
    semantic = file.semantic
    events: list[DebugValue | StarImport] = []
    for statement in file.tree.body:
        if isinstance(statement, ast.ImportFrom) and any(a.name == "*" for a in statement.names):
            module = semantic.resolve_relative(statement.module, statement.level)
            events.append(StarImport(module, file.site(statement)))
        value = _assigned_debug(statement)
        if value is not None:
            events.append(DebugValue(_verdict(value, semantic), file.site(statement)))
    if not file.has_role("settings") and not any(isinstance(e, DebugValue) for e in events):
        return None
    if not events:
        return None
    kind = settings_kind(semantic.module)
    return SettingsFacts(semantic.module, kind, file.has_role("settings"), tuple(events))


def _assigned_debug(statement: ast.stmt) -> ast.expr | None:
    if isinstance(statement, ast.Assign):
        if any(isinstance(t, ast.Name) and t.id == SETTING for t in statement.targets):
            return statement.value
    elif (
        isinstance(statement, ast.AnnAssign)
        and isinstance(statement.target, ast.Name)
        and statement.target.id == SETTING
    ):
        return statement.value
    return None


def _verdict(value: ast.expr, semantic: SemanticModel) -> str:
    literal = semantic.literal_value(value)
    if literal is not UNKNOWN:
        return "true" if literal is True else "false"
    if isinstance(value, ast.Call):
        default = env_default(value, semantic)
        if default is not None:
            return "default-true" if truthy_setting(default, semantic) else "false"
    if isinstance(value, ast.Compare):
        result = compared_default(value, semantic)
        if result is not None:
            return "default-true" if result else "false"
    return "unknown"


@dataclass(frozen=True)
class _Effective:
    value: DebugValue
    trace: tuple[Step, ...]
    inherited_through: StarImport | None


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    by_module: dict[str, SettingsFacts] = {f.module: f for f in facts.values()}
    imported = {e.module for f in by_module.values() for e in f.events if isinstance(e, StarImport)}
    for settings in sorted(by_module.values(), key=lambda f: f.module):
        if settings.kind == "development" or not settings.is_settings:
            continue
        effective = _effective(settings, by_module, frozenset())
        if effective is None or effective.value.verdict not in ("true", "default-true"):
            continue
        if settings.kind == "generic" and (
            settings.module in imported or effective.inherited_through is not None
        ):
            continue  # a shared base: judged where a production module uses it
        _report(settings, effective, reporter)


def _report(settings: SettingsFacts, effective: _Effective, reporter: ProjectReporter) -> None:
    value = effective.value
    how = (
        "reads DEBUG from the environment with a default of True"
        if value.verdict == "default-true"
        else "sets DEBUG = True"
    )
    confidence = Confidence.HIGH if settings.kind == "production" else Confidence.MEDIUM
    if value.verdict == "default-true":
        confidence = Confidence.MEDIUM
    where = "production settings" if settings.kind == "production" else "the project's settings"
    if effective.inherited_through is None:
        reporter.report(
            value.site,
            f"{where} `{settings.module}` {how}: error pages will expose stack traces, "
            "SQL and settings",
            fix=FIX,
            confidence=confidence,
        )
        return
    star = effective.inherited_through
    what = "DEBUG = True" if value.verdict == "true" else "a DEBUG that defaults to True"
    reporter.report(
        star.site,
        f"{where} `{settings.module}` inherits {what} from `{star.module}` and never overrides it",
        fix=FIX,
        trace=effective.trace,
        confidence=confidence,
    )


def _effective(
    settings: SettingsFacts, by_module: dict[str, SettingsFacts], active: frozenset[str]
) -> _Effective | None:
    """The DEBUG value a module ends up with, following star imports in order."""
    if settings.module in active:
        return None
    current: _Effective | None = None
    for event in settings.events:
        if isinstance(event, DebugValue):
            current = _Effective(event, (Step(event.site.location, _note(event)),), None)
            continue
        base = by_module.get(event.module)
        if base is None:
            continue
        inherited = _effective(base, by_module, active | {settings.module})
        if inherited is not None:
            hop = Step(event.site.location, f"`{settings.module}` star-imports `{event.module}`")
            current = _Effective(inherited.value, (*inherited.trace, hop), event)
    return current


def _note(value: DebugValue) -> str:
    return {
        "true": "DEBUG = True",
        "default-true": "DEBUG defaults to True when the environment variable is unset",
    }.get(value.verdict, "DEBUG assigned")


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
