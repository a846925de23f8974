"""# Flask application run in debug mode

## What it does
Finds a Flask (or Quart) application started or configured with debug mode on:
`app.run(debug=True)`, `app.debug = True` and `app.config["DEBUG"] = True`, where `app` is an
object created by `Flask(...)` in the same file (resolved through imports and aliases, and through
module constants such as `app.run(debug=DEBUG)` with `DEBUG = True`). Binding to all interfaces
(`host="0.0.0.0"`) at the same time raises the severity to critical. A `run(debug=True)` under
`if __name__ == "__main__":` is reported with medium confidence: it is a development entry point,
but one that is one `python app.py` away from production.

## Why it matters
Debug mode enables the Werkzeug interactive debugger: any exception page offers a Python console
that runs arbitrary code on the server. Protected only by a PIN that is derived from guessable
machine facts, it has been used for remote code execution on exposed servers many times. Debug mode
also turns on the reloader and verbose error pages that leak source and configuration.

## Example
```python
from flask import Flask

app = Flask(__name__)

app.run(host="0.0.0.0", port=8000, debug=True)
```

## Use instead
```python
import os
from flask import Flask

app = Flask(__name__)

if __name__ == "__main__":
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
```
and serve production traffic with a real WSGI server: `gunicorn "webhooks.app:app"`.

## Alternatives and trade-offs
- `flask --app webhooks.app run --debug` keeps debug mode a command-line decision and out of the
  code entirely: the best option for development.
- Reading `FLASK_DEBUG` from the environment is fine if the default is off.
- If you need a debugger in a deployed environment, use error tracking (Sentry) instead: it gives
  stack traces without a remote console.

## Libraries
`gunicorn`, `waitress` or `uvicorn` (for Quart) to serve; `sentry-sdk` for error reports.

## References
- https://flask.palletsprojects.com/en/stable/debugging/
- https://werkzeug.palletsprojects.com/en/stable/debug/#debugger-pin
- https://cwe.mitre.org/data/definitions/489.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.flask import APP_FACTORIES, DEBUG_CONFIG_KEYS, PUBLIC_HOSTS
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel

FIX = "remove `debug=True`; start development servers with `flask run --debug` instead"


def check(node: ast.Call | ast.Assign, ctx: RuleContext) -> None:
    if isinstance(node, ast.Call):
        _check_run(node, ctx)
    else:
        _check_assignment(node, ctx)


def _check_run(node: ast.Call, ctx: RuleContext) -> None:
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr == "run"):
        return
    if not _is_app(func.value, ctx.semantic):
        return
    keywords = {k.arg: k.value for k in node.keywords if k.arg is not None}
    debug = keywords.get("debug")
    if debug is None or ctx.semantic.literal_value(debug) is not True:
        return
    host = keywords.get("host", node.args[0] if node.args else None)
    public = host is not None and ctx.semantic.literal_value(host) in PUBLIC_HOSTS
    guarded = _under_main_guard(node, ctx.semantic)
    exposure = "on every network interface" if public else "on localhost"
    ctx.report(
        node,
        f"Flask app runs with debug=True {exposure}: the Werkzeug debugger lets anyone who "
        "reaches it run code on the server",
        fix=FIX,
        severity=Severity.CRITICAL if public else None,
        confidence=Confidence.MEDIUM if guarded and not public else None,
    )


def _check_assignment(node: ast.Assign, ctx: RuleContext) -> None:
    if not any(_may_be_debug(target) for target in node.targets):
        return  # (the cheap test first: most assignments are to plain names)
    if ctx.semantic.literal_value(node.value) is not True:
        return
    for target in node.targets:
        if (
            isinstance(target, ast.Attribute)
            and target.attr == "debug"
            and _is_app(target.value, ctx.semantic)
        ):
            ctx.report(node, "Flask app has `debug = True`: enables the Werkzeug debugger", fix=FIX)
        elif (
            isinstance(target, ast.Subscript)
            and isinstance(target.value, ast.Attribute)
            and target.value.attr == "config"
            and _is_app(target.value.value, ctx.semantic)
            and ctx.semantic.literal_value(target.slice) in DEBUG_CONFIG_KEYS
        ):
            ctx.report(
                node, "Flask app config sets DEBUG = True: enables the Werkzeug debugger", fix=FIX
            )


def _may_be_debug(target: ast.expr) -> bool:
    """`<x>.debug` or `<x>.config[...]`: the only targets `_check_assignment` reports."""
    if isinstance(target, ast.Attribute):
        return target.attr == "debug"
    return (
        isinstance(target, ast.Subscript)
        and isinstance(target.value, ast.Attribute)
        and target.value.attr == "config"
    )


def _is_app(expr: ast.expr, semantic: SemanticModel) -> bool:
    if isinstance(expr, ast.Call):
        return semantic.qualified_name(expr.func) in APP_FACTORIES
    if isinstance(expr, ast.Name):
        values = semantic.assigned_values(expr)
        return bool(values) and all(
            isinstance(v, ast.Call) and semantic.qualified_name(v.func) in APP_FACTORIES
            for v in values or ()
        )
    return False


def _under_main_guard(node: ast.AST, semantic: SemanticModel) -> bool:
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.If) and "__main__" in ast.unparse(ancestor.test):
            return True
    return False


RULE = Rule(
    code="SEC302",
    name="flask-debug-mode",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(489, 94),
    owasp=("A05:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call, ast.Assign),
    check=check,
)
