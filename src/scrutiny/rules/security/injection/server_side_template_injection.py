"""# Template source built from request data

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) that becomes part of the *source* of a template: `flask.render_template_string()`,
`jinja2.Template()`, `jinja2.Environment.from_string()`, `django.template.Template()` and
`mako.template.Template()`. Data passed as context variables (`render_template_string(TEMPLATE,
name=name)`) is the intended use and is not reported.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. No escaping makes template source safe (HTML escaping
leaves `{{ }}` intact), so this kind has no specific sanitizer; the rule stays quiet for constant
templates and for flows that only exist through a dead branch. Like every taint rule, it treats as
clean the values converted to a number, `UUID`, `Decimal`, date or IPv4, and values checked
before the sink against a constant allow-list (`if value not in ALLOWED: abort(400)`) or a
full-match regular expression.

## Why it matters
Template source is code. In Jinja, `{{ config }}` prints Flask's configuration, including
`SECRET_KEY`, which forges any session; `{{ cycler.__init__.__globals__.os.popen("id").read() }}`
runs a shell command. The usual cause is harmless-looking: formatting a greeting into a template
string with an f-string before rendering it, which turns every visitor's name into a template.

## Example
```python
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/hello")
def hello():
    name = request.args.get("name", "guest")
    return render_template_string(f"<h1>Hello {name}!</h1>")
```

## Use instead
Keep the template constant and pass request data as a variable, which is auto-escaped:
```python
from flask import Flask, render_template_string, request

app = Flask(__name__)

HELLO = "<h1>Hello {{ name }}!</h1>"


@app.get("/hello")
def hello():
    return render_template_string(HELLO, name=request.args.get("name", "guest"))
```
or move the markup to `templates/hello.html` and call `render_template("hello.html", name=...)`.

## Alternatives and trade-offs
- **Constant templates with variables** (above) are the fix for almost every case.
- **Templates that users write** (e-mail or invoice templates in a SaaS product) need a sandbox:
  `jinja2.sandbox.ImmutableSandboxedEnvironment` blocks access to unsafe attributes and
  mutation. Jinja's sandbox has had escapes fixed over the years, so keep Jinja current and pass
  only plain data (dicts, strings, numbers) in the context, never ORM objects or `config`.
- **A logic-less language** (Mustache via `chevron`) or `string.Template.safe_substitute()` for
  simple `$placeholder` substitution gives users no expressions to abuse. Do not use
  `str.format()` with a user-supplied format string: `{user.__init__.__globals__}` reads
  attributes.
- **Limit resources** for user templates (size of the source, render time in a worker with a
  timeout): even a sandbox can loop for a long time.

## Libraries
Jinja2 (`ImmutableSandboxedEnvironment`), `chevron` (Mustache), `string.Template`, Django
templates.

## References
- https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/18-Testing_for_Server-side_Template_Injection
- https://jinja.palletsprojects.com/en/stable/sandbox/
- https://portswigger.net/web-security/server-side-template-injection
- https://cwe.mitre.org/data/definitions/1336.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC112",
    name="server-side-template-injection",
    severity=Severity.CRITICAL,
    confidence=Confidence.HIGH,
    cwe=(1336,),
    owasp=("A03:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="template"),
)
