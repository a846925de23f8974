"""# Request data written into response headers

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) written into an HTTP response header: `response.headers[name] = value` (Flask, Werkzeug,
Starlette and FastAPI responses), `response[name] = value` on Django responses, and the value of a
cookie set with `set_cookie()`.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. It stays quiet when the value went through
`urllib.parse.quote()` or `json.dumps()`, for constant values and for flows that only exist through
a dead branch. Like every taint rule, it treats as clean the values converted to a number, `UUID`,
`Decimal`, date or IPv4, and values checked before the sink against a constant allow-list (`if
value not in ALLOWED: abort(400)`) or a full-match regular expression.

## Why it matters
With CR/LF in a header value an attacker ends the header block and writes their own headers or
body (response splitting): a `Set-Cookie` that fixes the session, or a poisoned response stored
by a shared cache. Current Werkzeug, Django and h11 refuse newlines in header values, which turns
that attack into an error, but raw WSGI code and older stacks do not. What remains with every
stack is the meaning of the value: a reflected `Origin` in `Access-Control-Allow-Origin` with
credentials lets any site read your users' data; a file name with a quote rewrites
`Content-Disposition`; a user-chosen `Location`, `Link` or `Refresh` redirects; and a cookie
value copied from a query parameter lets anyone who sends a link plant that value in the browser
of whoever opens it.

## Example
```python
from django.http import HttpResponse


def export_orders(request):
    name = request.GET.get("name", "orders")
    response = HttpResponse(orders_csv(request.user), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response["Access-Control-Allow-Origin"] = request.headers.get("Origin", "")
    response["Access-Control-Allow-Credentials"] = "true"
    return response
```

## Use instead
Let the framework build the header from a cleaned value, and configure CORS with a fixed list of
origins instead of echoing the request:
```python
import io

from django.http import FileResponse
from django.utils.text import slugify


def export_orders(request):
    name = slugify(request.GET.get("name", "")) or "orders"
    return FileResponse(
        io.BytesIO(orders_csv(request.user).encode()),
        as_attachment=True,
        filename=f"{name}.csv",  # Django quotes and encodes the file name
        content_type="text/csv",
    )
```
```python
# settings.py, with django-cors-headers
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
CORS_ALLOW_CREDENTIALS = True
```

## Alternatives and trade-offs
- **Framework helpers** build headers correctly: Django's `FileResponse(filename=...)` and
  `content_disposition_header()`, Flask's `send_file(download_name=...)`, `redirect()` for
  `Location`. They handle quoting and RFC 6266 `filename*` encoding you would otherwise get wrong.
- **Allow-lists** for values that must reflect the request (CORS origins, languages, content
  types): compare exactly and send the value from your list, not the request's.
- **Encoding**: `urllib.parse.quote()` for values that are part of a URL in a header. Stripping
  CR/LF alone prevents splitting but not the semantic problems above.
- **Cookies**: store a server-generated id, and sign what must be read back
  (`set_signed_cookie()` in Django, `itsdangerous` in Flask) so values cannot be planted.
- **CORS middleware** (`django-cors-headers`, `flask-cors`, Starlette's `CORSMiddleware`) instead
  of hand-written `Access-Control-*` headers.

## Libraries
`django-cors-headers`, `flask-cors`, Starlette `CORSMiddleware`, Django `FileResponse` and
`django.utils.http.content_disposition_header`, Flask `send_file`, `itsdangerous`.

## References
- https://owasp.org/www-community/attacks/HTTP_Response_Splitting
- https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Headers_Cheat_Sheet.html
- https://www.rfc-editor.org/rfc/rfc6266
- https://cwe.mitre.org/data/definitions/113.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC114",
    name="http-header-injection",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    cwe=(113,),
    owasp=("A03:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="header"),
)
