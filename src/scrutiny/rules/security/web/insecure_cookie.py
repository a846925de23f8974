"""# Session or authentication cookie set without Secure, HttpOnly or SameSite

## What it does
Finds `response.set_cookie(...)` and `response.set_signed_cookie(...)` calls that store session or
authentication data (a name such as `sessionid`, `sid`, `auth`, `access_token`, `jwt`,
`refresh`, `remember_me`, `csrftoken`, `api_key`, or a value produced by a token function such
as `secrets.token_urlsafe()`, `jwt.encode()` or `create_access_token()`) without `secure=True`,
`httponly=True` or `samesite="Lax"`/`"Strict"`, and reports, in one finding per call, which
attributes are missing. It knows Django's `HttpResponse` family (and `JsonResponse`, `redirect()`,
`render()`, DRF's `Response`), Flask and Werkzeug `Response` / `make_response()`, Starlette and
FastAPI responses (including the `response: Response` parameter of a route), Flask
`@app.after_request` hooks and Django middleware (`process_response`, `self.get_response()`).
Hand-written headers (`response["Set-Cookie"] = f"sessionid={sid}; Path=/"`,
`headers.add("Set-Cookie", ...)`) are read too.
It resolves cookie names and attributes through module constants, and attributes passed as
`**COOKIE_OPTIONS` when the dictionary is a constant. Each framework's defaults are applied:
Starlette sends `SameSite=Lax` unless told otherwise, Django and Flask send no SameSite at all.

Cookies that do not carry secrets (theme, language, consent banners) are not reported, nor are
deletions (`max_age=0`, an empty value), cookies put on a client (`client.set_cookie(...)` on a
test client), nor attributes whose value is not a constant (`secure=settings.SESSION_COOKIE_SECURE`
is trusted). When the response object cannot be traced to a framework class (a helper's
`response` parameter, `super().form_valid(form)`), the call is still checked, with medium
confidence, using the defaults of the web framework the module imports.

`samesite="None"` without `secure=True` is reported: browsers reject such a cookie. A CSRF
cookie (`csrftoken`, `XSRF-TOKEN`) is not required to be HttpOnly: in the double-submit pattern
JavaScript must read it to echo it in a header, and the token is worthless to an attacker who can
already run script on the page (that attacker can make the same-origin request directly). It
still needs Secure and SameSite.

## Why it matters
- Without **Secure**, the browser also sends the cookie over plain HTTP: anyone on the network
  path (public Wi-Fi, a proxy) reads the session from the first `http://` request, for example
  the one before an HSTS redirect (CWE-614).
- Without **HttpOnly**, any script on the page, including one injected through an XSS flaw or a
  compromised third-party script, reads `document.cookie` and ships the session away (CWE-1004).
- Without **SameSite**, the cookie rides along cross-site requests, which is what CSRF needs;
  browsers that default to Lax still send it on top-level POSTs for two minutes after it is set
  (Chrome), and Safari and older browsers do not apply Lax by default at all (CWE-1275).

## Example
```python
import secrets

from django.http import JsonResponse


def login_view(request):
    token = secrets.token_urlsafe(32)
    response = JsonResponse({"ok": True})
    response.set_cookie("auth_token", token, max_age=3600)
    return response
```

## Use instead
```python
import secrets

from django.conf import settings
from django.http import JsonResponse

AUTH_COOKIE = {"secure": True, "httponly": True, "samesite": "Lax"}


def login_view(request):
    token = secrets.token_urlsafe(32)
    response = JsonResponse({"ok": True})
    response.set_cookie("auth_token", token, max_age=3600, **AUTH_COOKIE)
    return response
```
and for the framework's own session cookie, in settings:
```python
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True      # the default
SESSION_COOKIE_SAMESITE = "Lax"     # the default
CSRF_COOKIE_SECURE = True
```
(Flask: `SESSION_COOKIE_SECURE = True`, `SESSION_COOKIE_HTTPONLY = True`,
`SESSION_COOKIE_SAMESITE = "Lax"` in `app.config`.) In FastAPI:
```python
from typing import Annotated

from fastapi import Depends, FastAPI, Response
from fastapi.security import OAuth2PasswordRequestForm

from .sessions import create_session

app = FastAPI()


@app.post("/login")
def login(response: Response, form: Annotated[OAuth2PasswordRequestForm, Depends()]):
    response.set_cookie(
        "__Host-session",
        create_session(form.username, form.password),
        max_age=3600,
        path="/",
        secure=True,
        httponly=True,
        samesite="lax",
    )
    return {"ok": True}
```

## Alternatives and trade-offs
- **SameSite=Lax vs Strict**: Lax keeps the cookie on top-level navigations from other sites
  (a link from an email lands the user logged in) and blocks it on cross-site POSTs, images and
  frames; Strict also drops it on those links, so users look logged out when they arrive from
  elsewhere. A common design is a Lax session cookie plus a Strict cookie required for sensitive
  actions. `SameSite=None; Secure` is only for cookies that must work in cross-site iframes or
  APIs, and then CSRF tokens are mandatory.
- **`__Host-` prefix** (`__Host-session`): the browser then requires Secure, `Path=/` and no
  Domain, which stops subdomains from overwriting the cookie; it costs you sharing the cookie
  across subdomains.
- **Server-side sessions** (Django's default, Flask-Session) keep only an opaque id in the cookie;
  signed client-side cookies (Flask's default session, `set_signed_cookie`) are tamper-proof but
  readable, so never put secrets in them. Either way the flags above apply.
- **Tokens in an `Authorization` header** instead of cookies avoid CSRF entirely, at the price of
  storing the token where JavaScript can read it (XSS steals it): HttpOnly cookies are usually
  the safer home for browser sessions.

## Libraries
Django's `SESSION_COOKIE_*` and `CSRF_COOKIE_*` settings, Flask's `SESSION_COOKIE_*` config,
`Flask-Session`, `starlette.middleware.sessions.SessionMiddleware` (`https_only=True`),
`djangorestframework-simplejwt` and `flask-jwt-extended` (`JWT_COOKIE_SECURE`,
`JWT_COOKIE_SAMESITE`) for JWTs in cookies, `django-csp` to limit the damage of injected scripts.

## References
- https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies#restrict_access_to_cookies
- https://docs.djangoproject.com/en/stable/ref/request-response/#django.http.HttpResponse.set_cookie
- https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#cookies
- https://cwe.mitre.org/data/definitions/614.html
- https://cwe.mitre.org/data/definitions/1004.html
- https://cwe.mitre.org/data/definitions/1275.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.web_security import (
    CLIENT_FRAGMENTS,
    COOKIE_DEFAULTS,
    COOKIE_POSITIONS,
    COOKIE_SETTERS,
    FRAMEWORK_MODULES,
    HEADER_SETTERS,
    RESPONSE_FACTORIES,
    RESPONSE_HOOK_DECORATORS,
    RESPONSE_HOOK_METHODS,
    RESPONSE_PRODUCER_NAMES,
    SAFE_SAMESITE,
    SET_COOKIE_HEADER,
    TOKEN_FUNCTIONS,
    is_js_readable_cookie,
    is_sensitive_name,
)
from scrutiny.rule import Rule
from scrutiny.semantic.model import UNKNOWN, SemanticModel

FIX = 'pass `secure=True, httponly=True, samesite="Lax"` (or set them in a shared constant)'
Function = ast.FunctionDef | ast.AsyncFunctionDef
HOLE = "\x00"  # stands for a computed part of a hand-written header
_UNSET = object()


def check(node: ast.Call | ast.Assign, ctx: RuleContext) -> None:
    header = _set_cookie_header(node, ctx.semantic)
    if header is not None:
        _check_header(node, header, ctx)
    elif isinstance(node, ast.Call):
        _check_setter(node, ctx)


def _check_setter(node: ast.Call, ctx: RuleContext) -> None:
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr in COOKIE_SETTERS):
        return
    semantic = ctx.semantic
    if _is_client(func.value, semantic):
        return
    receiver = _receiver_framework(func.value, semantic)
    confidence = None
    if receiver is None:
        receiver = _module_framework(semantic)
        confidence = Confidence.MEDIUM
    if receiver is None:
        return
    arguments = _arguments(node, semantic)
    if arguments is None or _is_deletion(arguments, semantic):
        return
    key, value = arguments.get("key"), arguments.get("value")
    label = _key_label(key, semantic)
    if not (_sensitive_key(label) or _sensitive_value(value, semantic, 0)):
        return
    missing = _missing(arguments, receiver, label, semantic)
    if not missing:
        return
    shown = _shown_name(key, semantic)
    _report(node, shown, label, missing, ctx, confidence)


def _report(
    node: ast.AST,
    shown: str,
    label: str,
    missing: list[tuple[str, str]],
    ctx: RuleContext,
    confidence: Confidence | None,
) -> None:
    what = "a CSRF token" if is_js_readable_cookie(label) else "session or authentication data"
    ctx.report(
        node,
        f"cookie {shown} carries {what} but is set without "
        f"{', '.join(name for name, _ in missing)}: {'; '.join(why for _, why in missing)}",
        fix=FIX,
        confidence=confidence,
    )


# -- a hand-written `Set-Cookie` header -------------------------------------------------------


def _set_cookie_header(node: ast.Call | ast.Assign, semantic: SemanticModel) -> ast.expr | None:
    """The value of `response["Set-Cookie"] = ...` or `headers.add("Set-Cookie", ...)`."""
    if isinstance(node, ast.Assign):
        for target in node.targets:
            if isinstance(target, ast.Subscript) and _is_set_cookie(target.slice, semantic):
                return node.value
        return None
    func = node.func
    if (
        isinstance(func, ast.Attribute)
        and func.attr in HEADER_SETTERS
        and len(node.args) == 2
        and _is_set_cookie(node.args[0], semantic)
    ):
        return node.args[1]
    return None


def _is_set_cookie(expr: ast.expr, semantic: SemanticModel) -> bool:
    value = semantic.literal_value(expr)
    return isinstance(value, str) and value.lower() == SET_COOKIE_HEADER


def _check_header(node: ast.AST, header: ast.expr, ctx: RuleContext) -> None:
    pieces = _text_pieces(header, ctx.semantic)
    if pieces is None:
        return
    text = "".join(p if isinstance(p, str) else HOLE for p in pieces)
    first, *attributes = (part.strip() for part in text.split(";"))
    name, _, value = first.partition("=")
    flags = {a.split("=", 1)[0].strip().lower(): a.partition("=")[2].strip() for a in attributes}
    if HOLE in name or not value or flags.get("max-age") == "0":
        return
    holes = [p for p in pieces if not isinstance(p, str)]
    if not (is_sensitive_name(name) or any(_sensitive_value(h, ctx.semantic, 0) for h in holes)):
        return
    samesite = flags.get("samesite")
    missing = _missing_attributes(
        "secure" in flags,
        "httponly" in flags,
        UNKNOWN if samesite is not None and HOLE in samesite else samesite,
        name,
    )
    if missing:
        _report(node, f"`{name}`", name, missing, ctx, None)


def _piece(part: ast.expr) -> str | ast.expr:
    if isinstance(part, ast.FormattedValue):
        return part.value
    return part.value if isinstance(part, ast.Constant) and isinstance(part.value, str) else part


def _text_pieces(expr: ast.expr, semantic: SemanticModel) -> list[str | ast.expr] | None:
    """A header built from literals and values: the literal text, with the values in between."""
    if isinstance(expr, ast.JoinedStr):
        return [_piece(part) for part in expr.values]
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        left, right = _text_pieces(expr.left, semantic), _text_pieces(expr.right, semantic)
        return None if left is None or right is None else [*left, *right]
    value = semantic.literal_value(expr)
    if isinstance(value, str):
        return [value]
    return [expr] if isinstance(expr, ast.Name | ast.Attribute | ast.Call) else None


def _shown_name(key: object, semantic: SemanticModel) -> str:
    if isinstance(key, _Constant):
        return f"`{key.value}`"
    if isinstance(key, ast.expr):
        value = semantic.literal_value(key)
        return f"`{value}`" if isinstance(value, str) else f"named by `{ast.unparse(key)}`"
    return "holding a token"


# -- which response ---------------------------------------------------------------------------


def _is_client(expr: ast.expr, semantic: SemanticModel) -> bool:
    """A test or HTTP client (`client.set_cookie(...)` sets a cookie it will *send*)."""
    if isinstance(expr, ast.Name):
        for value in semantic.assigned_values(expr) or ():
            if isinstance(value, ast.Call) and _mentions_client(_identifier(value.func)):
                return True
    return _mentions_client(_identifier(expr))


def _mentions_client(identifier: str | None) -> bool:
    return identifier is not None and any(
        fragment in identifier.lower() for fragment in CLIENT_FRAGMENTS
    )


def _receiver_framework(expr: ast.expr, semantic: SemanticModel) -> str | None:
    if isinstance(expr, ast.Await):
        expr = expr.value
    if isinstance(expr, ast.Call):
        return _factory_framework(expr, semantic)
    if not isinstance(expr, ast.Name):
        return None
    bindings = semantic.lookup(expr.id, expr)
    if not bindings:
        return None
    for binding in bindings:
        value = binding.value
        if isinstance(value, ast.Await):
            value = value.value
        if isinstance(value, ast.Call):
            found = _factory_framework(value, semantic)
            if found is not None:
                return found
    return _parameter_framework(expr, semantic)


def _factory_framework(call: ast.Call, semantic: SemanticModel) -> str | None:
    name = semantic.qualified_name(call.func)
    if name in RESPONSE_FACTORIES:
        return RESPONSE_FACTORIES[name]
    func = call.func
    last = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if last in RESPONSE_PRODUCER_NAMES:
        return _module_framework(semantic)
    return None


def _parameter_framework(name: ast.Name, semantic: SemanticModel) -> str | None:
    function = next((a for a in semantic.ancestors(name) if isinstance(a, Function)), None)
    if function is None:
        return None
    params = [*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs]
    for position, param in enumerate(params):
        if param.arg != name.id:
            continue
        if param.annotation is not None:
            annotated = semantic.qualified_name(param.annotation)
            if annotated in RESPONSE_FACTORIES:
                return RESPONSE_FACTORIES[annotated]
        if RESPONSE_HOOK_METHODS.get(function.name) == position or (
            position == 0 and _is_response_hook(function)
        ):
            return _module_framework(semantic)
    return None


def _is_response_hook(function: Function) -> bool:
    return any(
        isinstance(d, ast.Attribute) and d.attr in RESPONSE_HOOK_DECORATORS
        for d in function.decorator_list
    )


def _module_framework(semantic: SemanticModel) -> str | None:
    """The web framework this module imports, for responses of unknown origin."""
    found: set[str] = set()
    for bindings in semantic.bindings.get(semantic.tree, {}).values():
        for binding in bindings:
            if binding.kind == "import" and binding.target:
                top = binding.target.split(".", 1)[0]
                if top in FRAMEWORK_MODULES:
                    found.add(FRAMEWORK_MODULES[top])
    for framework in ("django", "flask", "starlette"):
        if framework in found:
            return framework
    return None


# -- the call's arguments ---------------------------------------------------------------------


def _arguments(call: ast.Call, semantic: SemanticModel) -> dict[str, object] | None:
    """Argument name -> expression (or constant from a `**` dict); None when a `**` is opaque."""
    by_position = {position: name for name, position in COOKIE_POSITIONS.items()}
    found: dict[str, object] = {}
    for position, arg in enumerate(call.args):
        if isinstance(arg, ast.Starred):
            return None
        if position in by_position:
            found[by_position[position]] = arg
    for keyword in call.keywords:
        if keyword.arg is not None:
            found[keyword.arg] = keyword.value
            continue
        mapping = _constant_mapping(keyword.value, semantic)
        if mapping is None:
            return None
        found.update(mapping)
    return found


def _constant_mapping(expr: ast.expr, semantic: SemanticModel) -> dict[str, object] | None:
    if isinstance(expr, ast.Name):
        values = semantic.assigned_values(expr) or []
        if len(values) == 1 and values[0] is not None and not isinstance(values[0], ast.Name):
            expr = values[0]
    if isinstance(expr, ast.Call) and semantic.qualified_name(expr.func) == "builtins.dict":
        if expr.args or any(k.arg is None for k in expr.keywords):
            return None
        return {k.arg: k.value for k in expr.keywords if k.arg is not None}
    value = semantic.literal_value(expr)
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {str(k): _Constant(v) for k, v in value.items()}
    if isinstance(expr, ast.Dict) and all(isinstance(k, ast.Constant) for k in expr.keys):
        return {
            str(k.value): v
            for k, v in zip(expr.keys, expr.values, strict=True)
            if isinstance(k, ast.Constant)
        }
    return None


class _Constant:
    """A value already folded (from a constant `**` dictionary)."""

    def __init__(self, value: object) -> None:
        self.value = value


def _value(arguments: dict[str, object], name: str, semantic: SemanticModel) -> object:
    """The constant passed for `name`, `_UNSET` when absent, `UNKNOWN` when not a constant."""
    if name not in arguments:
        return _UNSET
    given = arguments[name]
    if isinstance(given, _Constant):
        return given.value
    if isinstance(given, ast.expr):
        return semantic.literal_value(given)
    return UNKNOWN


def _is_deletion(arguments: dict[str, object], semantic: SemanticModel) -> bool:
    if _value(arguments, "max_age", semantic) == 0 or _value(arguments, "expires", semantic) == 0:
        return True
    value = _value(arguments, "value", semantic)
    return value in ("", None, _UNSET)


# -- what the cookie holds --------------------------------------------------------------------


def _key_label(key: object, semantic: SemanticModel) -> str:
    """The cookie's name when constant, else the identifier it is read from."""
    if isinstance(key, _Constant):
        return str(key.value)
    if not isinstance(key, ast.expr):
        return ""
    value = semantic.literal_value(key)
    if isinstance(value, str):
        return value
    return _identifier(key) or ""


def _sensitive_key(label: str) -> bool:
    return bool(label) and is_sensitive_name(label)


def _identifier(expr: ast.expr) -> str | None:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    return None


def _sensitive_value(value: object, semantic: SemanticModel, depth: int) -> bool:
    if not isinstance(value, ast.expr) or depth > 3:
        return False
    if isinstance(value, ast.Await):
        return _sensitive_value(value.value, semantic, depth + 1)
    if isinstance(value, ast.Call):
        name = semantic.qualified_name(value.func)
        if name in TOKEN_FUNCTIONS:
            return True
        callee = _identifier(value.func)
        if callee is not None and is_sensitive_name(callee):
            return True
        return any(_sensitive_value(a, semantic, depth + 1) for a in value.args)
    if isinstance(value, ast.JoinedStr):
        return any(
            _sensitive_value(v.value, semantic, depth + 1)
            for v in value.values
            if isinstance(v, ast.FormattedValue)
        )
    identifier = _identifier(value)
    if identifier is not None and is_sensitive_name(identifier):
        return True
    if isinstance(value, ast.Name):
        assigned = semantic.assigned_values(value) or []
        return any(_sensitive_value(v, semantic, depth + 1) for v in assigned)
    return False


# -- what is missing --------------------------------------------------------------------------


def _missing(
    arguments: dict[str, object], framework: str, label: str, semantic: SemanticModel
) -> list[tuple[str, str]]:
    """The missing attributes, each with what goes wrong without it."""
    defaults = COOKIE_DEFAULTS[framework]

    def effective(name: str) -> object:
        given = _value(arguments, name, semantic)
        return defaults[name] if given is _UNSET else given

    secure, httponly, samesite = effective("secure"), effective("httponly"), effective("samesite")
    return _missing_attributes(secure, httponly, samesite, label)


def _missing_attributes(
    secure: object, httponly: object, samesite: object, label: str
) -> list[tuple[str, str]]:
    missing: list[tuple[str, str]] = []
    none_samesite = isinstance(samesite, str) and samesite.lower() == "none"
    if secure is not UNKNOWN and not secure:
        missing.append(
            ("Secure (required by SameSite=None)", "browsers reject the cookie")
            if none_samesite
            else ("Secure", "browsers also send it over plain HTTP")
        )
    if httponly is not UNKNOWN and not httponly and not is_js_readable_cookie(label):
        missing.append(("HttpOnly", "any script on the page can read it"))
    if samesite is None or samesite is False:
        missing.append(("SameSite", "it rides along cross-site requests"))
    elif isinstance(samesite, str) and samesite.lower() not in SAFE_SAMESITE | {"none"}:
        missing.append(("a valid SameSite", "browsers ignore the unknown value"))
    return missing


RULE = Rule(
    code="SEC211",
    name="insecure-cookie",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(614, 1004, 1275),
    owasp=("A05:2021", "A07:2021"),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call, ast.Assign),
    check=check,
)
