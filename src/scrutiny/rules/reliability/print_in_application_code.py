"""# print() in application code

## What it does
Finds `print()` calls in application and library modules. Programs whose interface is the terminal
are left alone: modules with an `if __name__ == "__main__":` block, `__main__.py`, `manage.py`,
`setup.py`, files under `scripts/`, `bin/`, `cli/`, `examples/` or `docs/`, code that runs under
`manage.py` (a Django app's `management/` package, with its commands and `post_migrate` handlers),
command-line programs (modules that import `argparse`, `click`, `typer`, `fire` or `docopt`),
`tasks.py` files of invoke (but not Celery's `tasks.py`), tests and test-support packages
(`testing/`, `testing.py`). Output that is clearly intended is left alone too: a `print()` under an
opt-in switch (`if verbosity >= 2:`, `if not self.quiet:`, `if DEBUG_TIMERS:`, an `if` reading
`os.environ`), in a function named `main`/`cli` or with `print`, `dump` or `echo` in its name, in a
debugging or profiling helper (a function or class whose name says `debug`, `trace`, `profiling`),
in an interactive function that reads `input()`, and the message printed right before
`sys.exit()`/`raise SystemExit`. `print(..., file=fh)` to anything but `sys.stdout`/`sys.stderr`
writes a file and is not reported, and a line marked `# noqa: T201` (ruff's print rule) is one the
author already declared intended.

In application code, modules that import a web framework or a task queue (Django, DRF, Flask,
FastAPI, Starlette, Celery...) other than their own package (the views, models, services and
tasks of an application), every other `print()` is reported, with medium severity. In library
code, printing can be the point of a function (a report, a banner, progress of a long
operation), so only diagnostics are reported, with low severity: a `print()` to `sys.stderr`,
one in an `except` block, or a message that starts like `"Warning: ..."`/`"Error: ..."`; those
belong in `logging` or `warnings`, where the library's user can silence or route them. Only the
first `print()` of a function is reported.

## Why it matters
Under gunicorn, uWSGI, Celery or a container runtime, standard output is not a log: it is
block-buffered (lines arrive late, out of order, or are lost when a worker is killed), it has no
level, timestamp, logger name or request id, it cannot be filtered or routed to Sentry, and it is
interleaved between workers. A `print()` left from debugging also tends to dump personal data or
whole objects into whatever collects stdout. In a library, a `print()` is output the application
cannot turn off.

## Example
```python
from django.http import JsonResponse

def checkout(request):
    cart = request.user.cart
    print("checkout", request.user.email, cart.total)
    return JsonResponse({"total": cart.total})
```

## Use instead
```python
import logging

from django.http import JsonResponse

logger = logging.getLogger(__name__)

def checkout(request):
    cart = request.user.cart
    logger.info("checkout user=%s total=%s", request.user.pk, cart.total)
    return JsonResponse({"total": cart.total})
```

## Alternatives and trade-offs
- `logging.getLogger(__name__)` plus a `LOGGING`/`dictConfig` setup gives levels, routing and a
  switch per module; it is the default answer for application code.
- `structlog` or `loguru` give structured (JSON) logs with less setup; `python-json-logger`
  makes the standard library emit JSON.
- In a command-line tool, `print()` (or `click.echo`, `self.stdout.write` in a Django command)
  *is* the interface: keep it there, and put the CLI under `scripts/` or behind a `__main__` block.
- For temporary debugging, `breakpoint()` and a debugger leave nothing to clean up.

## Libraries
The standard `logging` module, `structlog`, `loguru`, `python-json-logger`, `rich.logging` for
readable development output; ruff's `T201` flags every `print()` without knowing the file's role.

## References
- https://docs.python.org/3/howto/logging.html#when-to-use-logging
- https://docs.djangoproject.com/en/stable/topics/logging/
- https://12factor.net/logs
- https://cwe.mitre.org/data/definitions/489.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.logging_apis import (
    APPLICATION_MODULES,
    DIAGNOSTIC_PREFIXES,
    ENVIRONMENT_READS,
    EXIT_CALLS,
    INTERACTIVE_CALLS,
    OPT_IN_WORDS,
    OUTPUT_FUNCTION_NAMES,
    OUTPUT_FUNCTION_WORDS,
    PRINT,
    RUFF_PRINT_CODES,
    STANDARD_STREAMS,
)
from scrutiny.rule import Rule
from scrutiny.rules.reliability._logging_calls import (
    exits_after,
    in_main_block,
    is_program,
    module_facts,
    ruff_noqa,
)
from scrutiny.semantic.model import SemanticModel

FIX = "log through `logging.getLogger(__name__)` instead of printing to stdout"


def check(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    if not _reportable(node, ctx) or is_program(ctx.file):
        return
    facts = module_facts(ctx.file)
    own_package = semantic.module.split(".", 1)[0]
    application = bool((facts.imported - {own_package}) & APPLICATION_MODULES)
    if not application and not _diagnostic(node, ctx):
        return  # a library may print as its function (a report, a banner); not its warnings
    if _earlier_in_function(node, ctx, application):
        return  # one finding per function: the first print() stands for the others
    where = "application code" if application else "library code"
    what = "" if application else " a diagnostic that belongs in a log or a warning:"
    ctx.report(
        node,
        f"`print()` in {where}:{what} stdout is not a log (no level, no logger name, buffered "
        "and lost under a process manager) and cannot be silenced by the caller",
        fix=FIX,
        severity=Severity.MEDIUM if application else Severity.LOW,
    )


def _reportable(node: ast.Call, ctx: RuleContext) -> bool:
    """A print() to the console that is not intended output, whatever the file's role."""
    semantic = ctx.semantic
    if semantic.qualified_name(node.func) != PRINT or _writes_a_file(node, ctx):
        return False
    if in_main_block(node, semantic) or _intended_output(node, semantic):
        return False
    return not ruff_noqa(ctx.file, node, RUFF_PRINT_CODES)


def _diagnostic(node: ast.Call, ctx: RuleContext) -> bool:
    """Whether a library's print() reports a problem: to stderr, from an `except` block, or
    a message that starts like a warning or an error."""
    for keyword in node.keywords:
        if keyword.arg == "file" and ctx.semantic.qualified_name(keyword.value) == "sys.stderr":
            return True
    if any(isinstance(a, ast.ExceptHandler) for a in _within_function(node, ctx.semantic)):
        return True
    first = node.args[0] if node.args else None
    text = _leading_text(first) if first is not None else None
    return text is not None and text.strip().lower().startswith(DIAGNOSTIC_PREFIXES)


def _within_function(node: ast.AST, semantic: SemanticModel) -> list[ast.AST]:
    found: list[ast.AST] = []
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            break
        found.append(ancestor)
    return found


def _leading_text(expr: ast.expr) -> str | None:
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return expr.value
    if isinstance(expr, ast.JoinedStr) and expr.values:
        return _leading_text(expr.values[0])
    if isinstance(expr, ast.BinOp):
        return _leading_text(expr.left)
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        return _leading_text(expr.func.value)  # "...".format(...)
    return None


def _earlier_in_function(node: ast.Call, ctx: RuleContext, application: bool) -> bool:
    """Whether another reportable print() comes earlier in the same function."""
    scope = ctx.semantic.scope_of.get(node)
    if scope is None or isinstance(scope, ast.Module):
        return False
    for call in ctx.semantic.calls.get(scope, []):
        if call is node or (call.lineno, call.col_offset) >= (node.lineno, node.col_offset):
            continue
        if _reportable(call, ctx) and (application or _diagnostic(call, ctx)):
            return True
    return False


def _intended_output(node: ast.Call, semantic: SemanticModel) -> bool:
    """Console output on purpose: behind an opt-in switch, in an entry point, an output or
    debugging helper, an interactive dialogue, or the last words before the process exits."""
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.If) and _opt_in_test(ancestor.test, semantic):
            return True
        if isinstance(ancestor, ast.ClassDef) and _says_opt_in(ancestor.name):
            return True
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef) and _output_function(
            ancestor, semantic
        ):
            return True
    return _exits_after(node, semantic)


def _output_function(function: ast.FunctionDef | ast.AsyncFunctionDef, sem: SemanticModel) -> bool:
    name = function.name.lstrip("_")
    if name in OUTPUT_FUNCTION_NAMES or _says_opt_in(name):
        return True
    if OUTPUT_FUNCTION_WORDS & set(name.lower().split("_")):
        return True
    return any(
        sem.qualified_name(call.func) in INTERACTIVE_CALLS for call in sem.calls.get(function, [])
    )


def _says_opt_in(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in OPT_IN_WORDS)


def _opt_in_test(test: ast.expr, semantic: SemanticModel) -> bool:
    for sub in ast.walk(test):
        word = None
        if isinstance(sub, ast.Name):
            word = sub.id
        elif isinstance(sub, ast.Attribute):
            if semantic.qualified_name(sub) in ENVIRONMENT_READS:
                return True
            word = sub.attr
        elif isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            word = sub.value
        if word is not None and any(w in word.lower() for w in OPT_IN_WORDS):
            return True
    return False


def _exits_after(node: ast.Call, semantic: SemanticModel) -> bool:
    """Whether a statement after the print(), in its block or an enclosing one of the same
    function, ends the process."""
    return exits_after(node, semantic, EXIT_CALLS)


def _writes_a_file(node: ast.Call, ctx: RuleContext) -> bool:
    for keyword in node.keywords:
        if keyword.arg is None:
            return True  # `**kwargs` may name a file
        if keyword.arg == "file":
            target = ctx.semantic.qualified_name(keyword.value)
            return target not in STANDARD_STREAMS and not (
                isinstance(keyword.value, ast.Constant) and keyword.value.value is None
            )
    return False


RULE = Rule(
    code="REL110",
    name="print-in-application-code",
    severity=Severity.LOW,
    confidence=Confidence.MEDIUM,
    cwe=(489,),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call,),
    check=check,
)
