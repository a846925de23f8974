"""# Root logger used in a library module

## What it does
Finds direct uses of the root logger in importable package modules: the module-level functions
`logging.info(...)`, `logging.error(...)`, `logging.exception(...)`, `logging.log(...)` and the
other levels, anywhere; `logging.getLogger()` with no name (or `None`, `""`, `"root"`) when the
root logger is fetched at import time or used to log; and `logging.basicConfig(...)` run at import
time. A function that configures the root logger (`def setup_logging(): logging.basicConfig(...)`)
is a setup helper the program decides to call (Celery's worker does exactly that) and is
not reported. Programs are left alone, since configuring and using the root logger
is their job: scripts, modules with an `if __name__ == "__main__":` block, `__main__.py`,
`manage.py`, management commands, command-line modules (importing `argparse`, `click`,
`typer`...), settings, migrations and tests. A "library-style" module is one inside a package
(a dotted module name or a package `__init__`); a top-level single-file program is not one.

## Why it matters
Records logged through the root logger carry the name `root`, so nobody can tell which module
emitted them or turn one module's logging up or down: `LOGGING = {"loggers": {"myapp.billing":
...}}` does not affect them. Worse, `logging.info()` and friends call `logging.basicConfig()` when
the root logger has no handler, so importing your module and calling it silently installs a
stderr handler in someone else's application and changes its output. `logging.basicConfig()`
in a library does the same on purpose, and whichever module is imported first wins.

## Example
```python
# billing/invoices.py
import logging

logging.basicConfig(level=logging.INFO)

def send(invoice):
    logging.info("sending invoice %s", invoice.pk)
```

## Use instead
```python
# billing/invoices.py
import logging

logger = logging.getLogger(__name__)  # "billing.invoices": configurable per module

def send(invoice):
    logger.info("sending invoice %s", invoice.pk)

# configuration lives in the program's entry point (settings.LOGGING, main(), wsgi.py):
# logging.config.dictConfig(LOGGING)
```

## Alternatives and trade-offs
- `logging.getLogger(__name__)` once per module is the convention: loggers form a tree that
  follows the package layout, so `billing` configures `billing.invoices` too.
- A package-wide logger (`logging.getLogger("billing")`) is fine for a small library with one
  switch; a library should also add `logging.NullHandler()` to its top logger and no other
  handler.
- Configure logging only in the entry point: Django's `LOGGING` setting, `dictConfig` in
  `main()`, or the `--log-config` of gunicorn/uvicorn.

## Libraries
The standard `logging` module (`getLogger`, `NullHandler`, `logging.config.dictConfig`);
`structlog.get_logger(__name__)` and loguru's `logger.bind(module=__name__)` follow the same idea;
ruff's `LOG015` reports root-logger calls without knowing a module's role.

## References
- https://docs.python.org/3/howto/logging.html#advanced-logging-tutorial
- https://docs.python.org/3/howto/logging.html#configuring-logging-for-a-library
- https://docs.python.org/3/library/logging.html#logging.basicConfig
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.logging_apis import (
    LOG_METHODS,
    ROOT_CONFIGURATION,
    ROOT_FUNCTIONS,
    ROOT_GETTER,
)
from scrutiny.rule import Rule
from scrutiny.rules.reliability._logging_calls import in_main_block, is_program
from scrutiny.semantic.model import SemanticModel

FIX = "use a module logger: `logger = logging.getLogger(__name__)`"
_ROOT_NAMES = (None, "", "root")
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


def check(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    callee = semantic.qualified_name(node.func)
    if callee is None:
        return
    if callee in ROOT_FUNCTIONS:
        message = (
            f"`{callee}()` logs through the root logger: the record is named `root` and "
            "cannot be configured per module"
        )
    elif callee in ROOT_CONFIGURATION and _at_import_time(node, semantic):
        message = (
            f"`{callee}()` in a library module configures the whole application's logging "
            "as a side effect of importing or calling this code"
        )
    elif callee == ROOT_GETTER and _names_root(node, ctx) and _logs_through(node, semantic):
        message = (
            "`logging.getLogger()` without a name returns the root logger: records cannot be "
            "told apart or configured per module"
        )
    else:
        return
    if not _is_library_module(ctx) or in_main_block(node, semantic):
        return
    ctx.report(node, message, fix=FIX)


def _at_import_time(node: ast.AST, semantic: SemanticModel) -> bool:
    """Whether `node` runs when the module is imported (not inside a function body)."""
    return not any(isinstance(a, _FUNCTIONS) for a in semantic.ancestors(node))


def _logs_through(node: ast.Call, semantic: SemanticModel) -> bool:
    """Whether the root logger `node` returns is used to log: fetched at import time (a module
    logger), called directly (`getLogger().info(...)`), or assigned to a name in a function that
    then logs through it. A function that fetches the root logger to add handlers or set levels
    is a logging setup helper that the program chooses to call, and is left alone."""
    if _at_import_time(node, semantic):
        return True
    parent = semantic.parent(node)
    if isinstance(parent, ast.Attribute) and parent.attr in LOG_METHODS:
        return True
    if not isinstance(parent, ast.Assign):
        return False
    names = {t.id for t in parent.targets if isinstance(t, ast.Name)}
    scope = semantic.scope_of.get(node)
    calls = semantic.calls.get(scope, []) if scope is not None else []
    return any(
        isinstance(call.func, ast.Attribute)
        and call.func.attr in LOG_METHODS
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id in names
        for call in calls
    )


def _names_root(node: ast.Call, ctx: RuleContext) -> bool:
    if any(k.arg == "name" for k in node.keywords):
        keyword = next(k for k in node.keywords if k.arg == "name")
        return ctx.semantic.literal_value(keyword.value) in _ROOT_NAMES
    if not node.args:
        return not node.keywords
    return ctx.semantic.literal_value(node.args[0]) in _ROOT_NAMES


def _is_library_module(ctx: RuleContext) -> bool:
    semantic = ctx.semantic
    if "." not in semantic.module and not semantic.is_package:
        return False
    if ctx.file.has_role("settings") or ctx.file.has_role("migrations"):
        return False
    return not is_program(ctx.file)


RULE = Rule(
    code="REL112",
    name="root-logger-in-library",
    severity=Severity.LOW,
    confidence=Confidence.HIGH,
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call,),
    check=check,
)
