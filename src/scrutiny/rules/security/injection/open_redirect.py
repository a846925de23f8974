r"""# Redirect to a URL taken from request data

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) that becomes the target of a redirect: Flask's (and Werkzeug's) `redirect()`, Django's
`redirect()`, `HttpResponseRedirect` and `HttpResponsePermanentRedirect`, and the `RedirectResponse`
of Starlette and FastAPI.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. It stays quiet when the redirect is guarded by Django's
`url_has_allowed_host_and_scheme()` or by a local-path check (`if not url.startswith("/"):` that
rejects or replaces the value), for constant targets and for flows that only exist through a dead
branch. Like every taint rule, it treats as clean the values converted to a number, `UUID`,
`Decimal`, date or IPv4, and values checked before the sink against a constant allow-list (`if
value not in ALLOWED: abort(400)`) or a full-match regular expression.

## Why it matters
A link such as `https://shop.example/login?next=https://shop-example.evil/login` starts on your
real domain, passes the "check the address bar" advice and the mail filter's reputation check, and
ends on a copy of your login page after the user signs in. In OAuth and SSO flows an open redirect
on the client leaks authorization codes and tokens to the attacker's site. Flask's `redirect()`
accepts any URL, including other schemes; Django's redirect responses refuse `javascript:` and
`data:` but accept any `https://` host.

## Example
```python
from flask import Flask, redirect, render_template, request
from flask_login import login_user

app = Flask(__name__)


@app.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        return render_template("login.html", error="Invalid credentials"), 401
    login_user(user)
    return redirect(request.args.get("next", "/"))
```

## Use instead
In Django, let `url_has_allowed_host_and_scheme()` decide and fall back to a fixed page:
```python
from django.conf import settings
from django.contrib.auth import login
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def finish_login(request, user):
    login(request, user)
    target = request.POST.get("next") or request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = settings.LOGIN_REDIRECT_URL
    return redirect(target)
```
In Flask, accept only paths on this site:
```python
from urllib.parse import urlsplit

from flask import redirect, request, url_for


def local_target(target: str | None) -> str:
    # `target` if it is a path on this site, else the home page.
    if not target or not target.startswith("/"):
        return url_for("home")
    parts = urlsplit(target.replace("\\", "/"))
    if parts.scheme or parts.netloc:
        return url_for("home")
    return target


@app.post("/login")
def login():
    ...
    login_user(user)
    return redirect(local_target(request.args.get("next")))
```

## Alternatives and trade-offs
- **`url_has_allowed_host_and_scheme()`** handles the corner cases (`//host`, `/\host`, control
  characters, `https:host`) and is what Django's own `LoginView` uses. Pass the hosts you serve,
  not a wildcard; `request.get_host()` is safe because Django validates it against
  `ALLOWED_HOSTS`.
- **A relative-path check** is enough for "return to where you were", but `startswith("/")` alone
  accepts `//evil.example` and `/\evil.example`, which browsers treat as another host: also reject
  a netloc after normalizing backslashes, as `local_target()` does.
- **Named destinations**: let the request choose a key (`next=orders`) that you map to
  `url_for("orders")`; no URL from the request is ever used.
- **Signed targets** when redirecting to other sites is a feature: sign the URL when you generate
  the link (`itsdangerous`) and verify the signature before redirecting. An interstitial "you are
  leaving this site" page is the alternative for user-submitted links.
- Flask-Login stores `next` for you but does not validate it; its documentation says you must.

## Libraries
Django `url_has_allowed_host_and_scheme()` and `LoginView` (`success_url_allowed_hosts`),
`urllib.parse`, `itsdangerous` for signed redirect targets, Flask-Login.

## References
- https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html
- https://docs.djangoproject.com/en/stable/topics/auth/default/#django.contrib.auth.views.LoginView
- https://flask-login.readthedocs.io/en/latest/#login-example
- https://cwe.mitre.org/data/definitions/601.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC106",
    name="open-redirect",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(601,),
    owasp=("A01:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="redirect"),
)
