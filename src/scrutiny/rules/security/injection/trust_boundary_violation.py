"""# Request data stored in the session

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) stored in the server's session: `flask.session[key] = value` and Django's
`request.session[key] = value`.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. It stays quiet for constant values and for flows that only
exist through a dead branch. Like every taint rule, it treats as clean the values converted to a
number, `UUID`, `Decimal`, date or IPv4, and values checked before the sink against a constant
allow-list (`if value not in ALLOWED: abort(400)`) or a full-match regular expression.

## Why it matters
Code treats the session as the server's own memory: a value found there "was put there by us".
Storing unvalidated input erases that line between trusted and untrusted data, and the code that
reads it later, often written by someone else, skips validation. `session["customer_id"] =
request.form["customer_id"]` becomes an account takeover when a later view trusts it as the
buyer; `session["discount"]` set from a form becomes a free order. In Flask, the default session
is a signed cookie that the user can read (but not change), so anything stored there is also
disclosed. The risk depends on what reads the value, hence the low severity.

## Example
```python
from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


@app.post("/checkout/start")
def start_checkout():
    session["customer_id"] = request.form["customer_id"]
    session["total"] = request.form["total"]
    return redirect(url_for("checkout_payment"))
```

## Use instead
Derive what you store from server-side state, and validate anything that has to come from the
user before it crosses into the session:
```python
from flask import Flask, abort, redirect, request, session, url_for
from flask_login import current_user, login_required

app = Flask(__name__)

SUPPORTED_CURRENCIES = {"EUR", "GBP", "USD"}


@app.post("/checkout/start")
@login_required
def start_checkout():
    cart = Cart.open_for(current_user.id)  # the server knows who buys and what the cart costs
    currency = request.form.get("currency", "EUR")
    if currency not in SUPPORTED_CURRENCIES:
        abort(400)
    session["checkout"] = {"cart_id": cart.id, "currency": currency}
    return redirect(url_for("checkout_payment"))
```

## Alternatives and trade-offs
- **Store identifiers the server derived** (the logged-in user's id, a cart id you looked up) and
  read everything else from the database when needed. Costs a query; removes the question.
- **Validate, then store**: an allow-list, an enum, `int()` with bounds, or a `pydantic` model.
  Cheap and local, but the reader still has to trust that every writer validated.
- **Validate on read as well** when the value drives a decision (price, permissions, redirect
  target): defence in depth against a writer that forgot.
- **Server-side sessions** (Django's database or cache backends, `Flask-Session`) keep contents
  private and allow large values; Flask's default cookie session is signed, not encrypted, and is
  limited to about 4 KB.
- Authentication state belongs to the framework (`django.contrib.auth`, Flask-Login), which also
  rotates the session id on login; do not hand-roll `session["user_id"]` from request data.

## Libraries
Django session backends, `Flask-Session`, Flask-Login, `pydantic` or `marshmallow` for
validating before storing.

## References
- https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html
- https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html
- https://flask.palletsprojects.com/en/stable/quickstart/#sessions
- https://cwe.mitre.org/data/definitions/501.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC113",
    name="trust-boundary-violation",
    severity=Severity.LOW,
    confidence=Confidence.MEDIUM,
    cwe=(501,),
    owasp=("A04:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="session"),
)
