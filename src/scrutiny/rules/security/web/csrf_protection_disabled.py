"""# CSRF protection disabled for state-changing views

## What it does
Finds the places where Django or Flask-WTF CSRF protection is switched off for requests that can
change state:

- `@csrf_exempt` (from `django.views.decorators.csrf`, through any alias) on a view function that
  handles unsafe methods: it is decorated with `require_POST` or `require_http_methods([...])`
  naming POST, PUT, PATCH or DELETE, it branches on `request.method == "POST"`, or it reads a
  request body (`request.POST`, `request.FILES`, `request.body`);
- `@method_decorator(csrf_exempt, name="dispatch")` on a class-based view (or on its
  `dispatch`) that defines `post`, `put`, `patch` or `delete`, or inherits a generic editing view
  (`CreateView`, `UpdateView`, `DeleteView`, `FormView`); `csrf_exempt(View.as_view())` and
  `csrf_exempt(view_function)` in a URLconf, following the view into the module that defines it,
  and for known POST-handling views such as Graphene's `GraphQLView`;
- a Django settings module whose `MIDDLEWARE` has `SessionMiddleware` or
  `AuthenticationMiddleware` (browsers are authenticated with cookies) but no
  `CsrfViewMiddleware`, or that calls `MIDDLEWARE.remove("...CsrfViewMiddleware")`;
- Flask-WTF: `WTF_CSRF_ENABLED = False` in a configuration module or class, and
  `app.config["WTF_CSRF_ENABLED"] = False` / `app.config.update(WTF_CSRF_ENABLED=False)`, except
  in test and development configuration (a class or function whose name says `Test`, `Dev` or
  `Local`, a development settings module, test files); `@csrf.exempt` / `csrf.exempt(view)` on a
  `CSRFProtect` instance (also one created in another module, such as `extensions.py`) for a
  route that accepts unsafe methods, and `csrf.exempt(blueprint)`.

It stays quiet for GET-only views (`require_GET`, `require_safe`, a Flask route without
`methods=`): CSRF checks only ever apply to unsafe methods, so exempting those changes nothing.
It stays quiet for **webhooks that authenticate the sender**: a view that calls
`hmac.compare_digest`, `stripe.Webhook.construct_event`, a Svix/Twilio/Slack verifier or a
helper whose name says `signature`, `sig`, `hmac` or `verify`, or a function of the same module
whose body computes or compares an HMAC (`hmac.new`, `compare_digest`), or that reads a signature
header (`Stripe-Signature`, `X-Hub-Signature-256`, `X-Shopify-Hmac-Sha256`). Such an endpoint
is called by a server, not a browser, and the signature does what the CSRF token would do. It
also stays quiet for views that read an `Authorization` or API-key header (token authentication:
the browser never adds those to a forged request), and for Django REST framework views, which
enforce CSRF themselves for session-authenticated requests whatever `csrf_exempt` says.

A settings module without `SessionMiddleware` and `AuthenticationMiddleware` (an API-only
project authenticated by tokens in headers) is not reported for a missing `CsrfViewMiddleware`:
nothing there is sent automatically by a browser.

## Why it matters
A browser attaches the session cookie to every request to your site, including the ones a
malicious page triggers with an auto-submitted form. Without a CSRF token check, that page can
change the victim's email, transfer money or delete data in their name (CWE-352). `SameSite=Lax`
cookies reduce this but do not remove it: a same-site attacker (another subdomain), top-level
POSTs within Chrome's two-minute window, and browsers without a Lax default all still get through.

## Example
```python
import json

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def update_email(request):
    request.user.email = json.loads(request.body)["email"]
    request.user.save()
    return JsonResponse({"ok": True})
```

## Use instead
Keep the protection and send the token from JavaScript:
```python
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def update_email(request):
    ...
    return JsonResponse({"ok": True})
```
```javascript
fetch("/account/email", {
  method: "POST",
  headers: {"X-CSRFToken": getCookie("csrftoken")},   // CSRF_COOKIE_HTTPONLY stays False
  body: JSON.stringify({email}),
});
```
For a webhook, exempt it and authenticate the sender instead:
```python
import hashlib
import hmac

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def github_webhook(request):
    expected = "sha256=" + hmac.new(
        settings.GITHUB_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256
    ).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Hub-Signature-256", "")):
        return HttpResponseForbidden()
    ...
    return HttpResponse(status=204)
```
In Flask, keep `CSRFProtect(app)` and `WTF_CSRF_ENABLED = True` in production, and disable it only
in the testing configuration.

## Alternatives and trade-offs
- **Synchronizer token** (Django's middleware, Flask-WTF): a secret tied to the session is
  rendered in forms and checked on every unsafe request; robust, needs server state or signing,
  and every AJAX call must send the header.
- **Double-submit cookie** (`starlette-csrf`, `fastapi-csrf-protect`): the token lives in a
  cookie that JavaScript copies into a header; stateless, but weaker if an attacker can write
  cookies for your domain (a compromised subdomain), so sign it or use the `__Host-` prefix.
- **SameSite=Lax/Strict cookies** and checking `Origin` / `Sec-Fetch-Site` headers are good
  defense in depth, not a replacement: older browsers and same-site attackers get around them.
- **Token authentication in an `Authorization` header** makes CSRF irrelevant because browsers
  never add it on their own; this only holds if *no* endpoint also accepts the session cookie.

## Libraries
Django's `CsrfViewMiddleware` and `{% csrf_token %}`, `Flask-WTF` (`CSRFProtect`),
`starlette-csrf`, `fastapi-csrf-protect`, `django-cors-headers` (`CSRF_TRUSTED_ORIGINS` for
cross-origin front ends), `stripe` / `svix` / `hmac` for webhook signatures.

## References
- https://docs.djangoproject.com/en/stable/howto/csrf/
- https://docs.djangoproject.com/en/stable/ref/csrf/
- https://flask-wtf.readthedocs.io/en/stable/csrf/
- https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html
- https://cwe.mitre.org/data/definitions/352.html
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scrutiny.context import FileContext, ProjectReporter, RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.settings import settings_kind
from scrutiny.frameworks.web_security import (
    BODY_ATTRIBUTES,
    BODY_METHODS,
    COOKIE_AUTH_MIDDLEWARE,
    CSRF_EXEMPT,
    CSRF_MIDDLEWARE,
    DRF_PREFIX,
    EDITING_VIEW_BASES,
    FLASK_CONFIG_UPDATERS,
    FLASK_ROUTE_DECORATORS,
    GLOBAL_REQUESTS,
    HELPER_DEPTH,
    METHOD_DECORATOR,
    METHODS_DECORATORS,
    MIDDLEWARE_SETTINGS,
    NON_PRODUCTION_FRAGMENTS,
    POST_HANDLING_VIEWS,
    POST_ONLY_DECORATORS,
    SAFE_ONLY_DECORATORS,
    SIGNATURE_CALLS,
    SIGNATURE_HEADER_FRAGMENTS,
    SIGNATURE_HELPER_CALLS,
    SIGNATURE_NAME_FRAGMENTS,
    SIGNATURE_NAME_WORDS,
    TOKEN_HEADER_FRAGMENTS,
    UNSAFE_METHODS,
    UNSAFE_VIEW_METHODS,
    WTF_CSRF_PROTECT,
    WTF_DISABLE_KEYS,
    name_words,
)
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel
from scrutiny.semantic.project import ProjectIndex, Site
from scrutiny.semantic.walk import walk, walk_breadth_first

Function = ast.FunctionDef | ast.AsyncFunctionDef
FIX_VIEW = "remove the exemption and send the CSRF token, or verify a webhook signature"
FIX_MIDDLEWARE = "keep `django.middleware.csrf.CsrfViewMiddleware` in MIDDLEWARE"
FIX_WTF = "keep WTF_CSRF_ENABLED = True outside the testing configuration"


def check(node: ast.AST, ctx: RuleContext) -> None:
    if isinstance(node, Function):
        _check_function_decorators(node, ctx)
    elif isinstance(node, ast.ClassDef):
        _check_class_decorators(node, ctx)
    elif isinstance(node, ast.Call):
        _check_call(node, ctx)
    elif isinstance(node, ast.Assign):
        _check_assignment(node, ctx)


# -- Django: csrf_exempt ----------------------------------------------------------------------


def _is_exempt(expr: ast.expr, semantic: SemanticModel) -> bool:
    return semantic.qualified_name(expr) in CSRF_EXEMPT


def _method_decorated_exempt(decorator: ast.expr, semantic: SemanticModel) -> bool:
    """`method_decorator(csrf_exempt)` or `method_decorator([csrf_exempt, ...])`."""
    if not (
        isinstance(decorator, ast.Call)
        and semantic.qualified_name(decorator.func) in METHOD_DECORATOR
        and decorator.args
    ):
        return False
    wrapped = decorator.args[0]
    items = wrapped.elts if isinstance(wrapped, ast.List | ast.Tuple) else [wrapped]
    return any(_is_exempt(item, semantic) for item in items)


def _check_function_decorators(function: Function, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    for decorator in function.decorator_list:
        if _is_exempt(decorator, semantic):
            _report_function(function, decorator, ctx)
        elif _method_decorated_exempt(decorator, semantic):
            owner = semantic.parent(function)
            if isinstance(owner, ast.ClassDef) and function.name == "dispatch":
                _report_class(owner, decorator, ctx)
        elif _is_wtf_exempt(decorator, semantic):
            _report_flask_view(function, decorator, ctx)


def _check_class_decorators(klass: ast.ClassDef, ctx: RuleContext) -> None:
    for decorator in klass.decorator_list:
        if _method_decorated_exempt(decorator, ctx.semantic) and isinstance(decorator, ast.Call):
            names = {
                ctx.semantic.literal_value(k.value) for k in decorator.keywords if k.arg == "name"
            }
            if names & {"dispatch", *UNSAFE_VIEW_METHODS}:
                _report_class(klass, decorator, ctx)


def _report_function(function: Function, site: ast.AST, ctx: RuleContext) -> None:
    reason = _function_verdict(function, ctx.semantic)
    if reason is not None:
        ctx.report(site, _view_message(f"view `{function.name}`", reason), fix=FIX_VIEW)


def _report_class(klass: ast.ClassDef, site: ast.AST, ctx: RuleContext) -> None:
    reason = _class_verdict(klass, ctx.semantic)
    if reason is not None:
        ctx.report(site, _view_message(f"class-based view `{klass.name}`", reason), fix=FIX_VIEW)


def _view_message(view: str, reason: str) -> str:
    return (
        f"{view} is exempt from CSRF checks but {reason}: any site can make a logged-in "
        "visitor's browser submit it"
    )


def _function_verdict(function: Function, semantic: SemanticModel) -> str | None:
    """Why exempting this view function matters, or None when it does not."""
    if any(
        (semantic.qualified_name(_callee(d)) or "").startswith(DRF_PREFIX)
        for d in function.decorator_list
    ):
        return None
    reason = _unsafe_reason(function, semantic)
    if reason is None or _authenticates_sender(function, semantic):
        return None
    return reason


def _class_verdict(klass: ast.ClassDef, semantic: SemanticModel) -> str | None:
    """Why exempting this class-based view matters, or None when it does not."""
    bases = [semantic.qualified_name(b) or "" for b in klass.bases]
    if any(b.startswith(DRF_PREFIX) for b in bases):
        return None
    methods = {
        s.name for s in klass.body if isinstance(s, Function) and s.name in UNSAFE_VIEW_METHODS
    }
    if methods:
        reason = "handles " + ", ".join(sorted(m.upper() for m in methods))
    elif any(b in EDITING_VIEW_BASES for b in bases):
        reason = "is an editing view that handles POST"
    else:
        dispatch = next(
            (s for s in klass.body if isinstance(s, Function) and s.name == "dispatch"), None
        )
        found = None if dispatch is None else _unsafe_reason(dispatch, semantic)
        if found is None:
            return None
        reason = found
    return None if _authenticates_sender(klass, semantic) else reason


def _callee(expr: ast.expr) -> ast.expr:
    return expr.func if isinstance(expr, ast.Call) else expr


def _unsafe_reason(function: Function, semantic: SemanticModel) -> str | None:
    """Why the view handles unsafe methods, or None (GET-only, or nothing says so)."""
    for decorator in function.decorator_list:
        name = semantic.qualified_name(_callee(decorator))
        if name in SAFE_ONLY_DECORATORS:
            return None
        if name in POST_ONLY_DECORATORS:
            return "accepts only POST"
        if name in METHODS_DECORATORS and isinstance(decorator, ast.Call) and decorator.args:
            methods = semantic.literal_value(decorator.args[0])
            if isinstance(methods, list | tuple | set):
                unsafe = sorted({str(m).upper() for m in methods} & UNSAFE_METHODS)
                if not unsafe:
                    return None
                return "accepts " + ", ".join(unsafe)
    return _body_reason(function, semantic)


def _body_reason(function: Function, semantic: SemanticModel) -> str | None:
    params = [*function.args.posonlyargs, *function.args.args]
    if params and params[0].arg in ("self", "cls"):
        params = params[1:]
    request = params[0].arg if params else None
    for node in walk_breadth_first(function):  # `ast.walk`'s order: the first reason is told
        if isinstance(node, ast.Compare) and _compares_unsafe_method(node, semantic):
            return "branches on an unsafe request method"
        if (
            isinstance(node, ast.Attribute)
            and node.attr in BODY_ATTRIBUTES
            and _is_request(node.value, request, semantic)
        ):
            return f"reads `request.{node.attr}`"
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in BODY_METHODS
            and _is_request(node.func.value, request, semantic)
        ):
            return f"reads the request body with `{node.func.attr}()`"
    return None


def _is_request(expr: ast.expr, request: str | None, semantic: SemanticModel) -> bool:
    if isinstance(expr, ast.Name) and expr.id == request:
        return True
    return semantic.qualified_name(expr) in GLOBAL_REQUESTS


def _compares_unsafe_method(compare: ast.Compare, semantic: SemanticModel) -> bool:
    sides = [compare.left, *compare.comparators]
    if not any(isinstance(s, ast.Attribute) and s.attr == "method" for s in sides):
        return False
    for side in sides:
        value = semantic.literal_value(side)
        values = value if isinstance(value, list | tuple | set) else [value]
        if any(isinstance(v, str) and v.upper() in UNSAFE_METHODS for v in values):
            return True
    return False


def _authenticates_sender(
    scope: ast.AST,
    semantic: SemanticModel,
    depth: int = 0,
    memo: dict[tuple[ast.AST, int], bool] | None = None,
) -> bool:
    """A webhook signature check, or token authentication in a header, inside the view or in a
    function of the same module that it calls (`if not _valid_paddle_sig(request): ...`).
    `memo` remembers each helper's answer at each depth, so a helper called from many places is
    judged once."""
    memo = {} if memo is None else memo
    for node in walk(scope):
        if isinstance(node, ast.Call):
            if _is_signature_call(node, semantic, depth):
                return True
            helper = _local_function(node.func, semantic) if depth < HELPER_DEPTH else None
            if helper is None or helper is scope:
                continue
            key = (helper, depth + 1)
            if key not in memo:
                memo[key] = _authenticates_sender(helper, semantic, depth + 1, memo)
            if memo[key]:
                return True
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.lower()
            if any(f in text for f in (*SIGNATURE_HEADER_FRAGMENTS, *TOKEN_HEADER_FRAGMENTS)):
                return True
    return False


def _is_signature_call(node: ast.Call, semantic: SemanticModel, depth: int) -> bool:
    name = semantic.qualified_name(node.func) or ""
    if name in SIGNATURE_CALLS or (depth > 0 and name in SIGNATURE_HELPER_CALLS):
        return True
    last = name.rsplit(".", 1)[-1] or _last_name(node.func)
    if any(f in last.lower() for f in SIGNATURE_NAME_FRAGMENTS):
        return True
    if any(word in SIGNATURE_NAME_WORDS for word in name_words(last)):
        return True
    return _is_verifier_method(node.func, semantic)


def _local_function(func: ast.expr, semantic: SemanticModel) -> Function | None:
    """The function of this module a call runs: `helper(...)` (a module-level def) or
    `self.helper(...)` (a method of the class around the call)."""
    if isinstance(func, ast.Name):
        bindings = semantic.lookup(func.id, func) or []
        if not bindings or any(b.kind != "def" for b in bindings):
            return None
        body: list[ast.stmt] = semantic.tree.body
        name = func.id
    elif (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in ("self", "cls")
    ):
        klass = next((a for a in semantic.ancestors(func) if isinstance(a, ast.ClassDef)), None)
        if klass is None:
            return None
        body, name = klass.body, func.attr
    else:
        return None
    return next((s for s in body if isinstance(s, Function) and s.name == name), None)


def _is_verifier_method(func: ast.expr, semantic: SemanticModel) -> bool:
    """`verifier.is_valid_request(...)` where `verifier = SignatureVerifier(...)`."""
    if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)):
        return False
    return any(
        isinstance(v, ast.Call) and semantic.qualified_name(v.func) in SIGNATURE_CALLS
        for v in semantic.assigned_values(func.value) or ()
    )


def _last_name(expr: ast.expr) -> str:
    if isinstance(expr, ast.Attribute):
        return expr.attr
    return expr.id if isinstance(expr, ast.Name) else ""


def _check_call(call: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    if _is_exempt(call.func, semantic) and call.args:
        _check_wrapped_view(call, call.args[0], ctx)
    elif _is_wtf_exempt(call.func, semantic) and call.args:
        _check_wtf_exempt_call(call, ctx)
    elif isinstance(call.func, ast.Attribute):
        _check_method_call(call, ctx)


def _check_wrapped_view(call: ast.Call, view: ast.expr, ctx: RuleContext) -> None:
    """`csrf_exempt(SomeView.as_view())` or `csrf_exempt(some_view)` in a URLconf."""
    semantic = ctx.semantic
    if (
        isinstance(view, ast.Call)
        and isinstance(view.func, ast.Attribute)
        and view.func.attr == "as_view"
    ):
        target = view.func.value
        name = semantic.qualified_name(target)
        if name in POST_HANDLING_VIEWS:
            ctx.report(
                call,
                f"`{name}` handles POST requests and is exempt from CSRF checks: with session "
                "authentication any site can send mutations in a visitor's name",
                fix=FIX_VIEW,
            )
            return
        local = _local_definition(target, semantic)
        if isinstance(local, ast.ClassDef):
            _report_class(local, call, ctx)
        return
    local = _local_definition(view, semantic)
    if isinstance(local, Function):
        _report_function(local, call, ctx)


# -- views exempted in another module (a URLconf) -------------------------------------------


@dataclass(frozen=True)
class ExemptReference:
    """`csrf_exempt(views.HookView.as_view())`: a view defined in another module."""

    site: Site
    target: str


@dataclass(frozen=True)
class ImportedExempt:
    """`@csrf.exempt` where `csrf` is imported: reported if it is a `CSRFProtect` instance."""

    site: Site
    instance: str  # qualified name of the imported `csrf`
    message: str
    confident: bool


@dataclass(frozen=True)
class ExemptFacts:
    references: tuple[ExemptReference, ...]
    views: dict[str, tuple[str, str]]  # qualified name -> (display name, reason)
    protectors: tuple[str, ...] = ()  # module-level `CSRFProtect` instances defined here
    imported_exempts: tuple[ImportedExempt, ...] = ()


def collect(file: FileContext) -> ExemptFacts | None:
    semantic = file.semantic
    references = tuple(
        ExemptReference(file.site(node), target)
        for node in _all_calls(semantic)
        if _is_exempt(node.func, semantic) and node.args
        for target in [_external_target(node.args[0], semantic)]
        if target is not None
    )
    views: dict[str, tuple[str, str]] = {}
    if _imports_django(semantic):
        for statement in semantic.tree.body:
            verdict = _top_level_verdict(statement, semantic)
            if verdict is not None:
                views[f"{semantic.module}.{verdict[0]}"] = verdict[1:]
    protectors = tuple(
        f"{semantic.module}.{name}"
        for name, bindings in semantic.bindings.get(semantic.tree, {}).items()
        if any(_is_protector(b.value, semantic) for b in bindings)
    )
    imported = tuple(_imported_exempts(file))
    if not (references or views or protectors or imported):
        return None
    return ExemptFacts(references, views, protectors, imported)


def _is_protector(value: ast.expr | None, semantic: SemanticModel) -> bool:
    return isinstance(value, ast.Call) and semantic.qualified_name(value.func) in WTF_CSRF_PROTECT


def _imported_exempts(file: FileContext) -> list[ImportedExempt]:
    semantic = file.semantic
    found: list[ImportedExempt] = []
    if not any(a.attr == "exempt" for a in file.nodes(ast.Attribute)):
        return found  # every exemption below is spelled `<instance>.exempt`
    for node in semantic.nodes:
        if isinstance(node, Function):
            for decorator in node.decorator_list:
                instance = _imported_exempt_instance(decorator, semantic)
                message = None if instance is None else _flask_view_message(node, semantic)
                if instance is not None and message is not None:
                    found.append(ImportedExempt(file.site(decorator), instance, message, True))
        elif isinstance(node, ast.Call) and node.args:
            instance = _imported_exempt_instance(node.func, semantic)
            if instance is None:
                continue
            local = _local_definition(node.args[0], semantic)
            if isinstance(local, Function):
                message = _flask_view_message(local, semantic)
                if message is not None:
                    found.append(ImportedExempt(file.site(node), instance, message, True))
            else:
                message = _wtf_target_message(node.args[0])
                found.append(ImportedExempt(file.site(node), instance, message, False))
    return found


def _imported_exempt_instance(expr: ast.expr, semantic: SemanticModel) -> str | None:
    """`csrf` in `csrf.exempt` when `csrf` is imported from another module."""
    if not (
        isinstance(expr, ast.Attribute)
        and expr.attr == "exempt"
        and isinstance(expr.value, ast.Name)
    ):
        return None
    bindings = semantic.lookup(expr.value.id, expr.value) or []
    if not bindings or any(b.kind != "import" for b in bindings):
        return None
    return semantic.qualified_name(expr.value)


def _top_level_verdict(statement: ast.stmt, semantic: SemanticModel) -> tuple[str, str, str] | None:
    """(name, display name, reason) for a module-level view that must not be exempt."""
    if isinstance(statement, ast.ClassDef):
        reason = _class_verdict(statement, semantic)
        display = f"class-based view `{statement.name}`"
    elif isinstance(statement, Function):
        reason = _function_verdict(statement, semantic)
        display = f"view `{statement.name}`"
    else:
        return None
    return None if reason is None else (statement.name, display, reason)


def _all_calls(semantic: SemanticModel) -> list[ast.Call]:
    return [call for calls in semantic.calls.values() for call in calls]


def _external_target(view: ast.expr, semantic: SemanticModel) -> str | None:
    """The qualified name of a view defined in another module of the project."""
    if (
        isinstance(view, ast.Call)
        and isinstance(view.func, ast.Attribute)
        and view.func.attr == "as_view"
    ):
        view = view.func.value
    name = semantic.qualified_name(view)
    if name is None or name in POST_HANDLING_VIEWS or name.startswith(f"{semantic.module}."):
        return None
    return name


def _imports_django(semantic: SemanticModel) -> bool:
    return any(
        b.kind == "import" and (b.target or "").split(".", 1)[0] == "django"
        for bindings in semantic.bindings.get(semantic.tree, {}).values()
        for b in bindings
    )


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    views: dict[str, tuple[str, str]] = {}
    for file_facts in facts.values():
        views.update(file_facts.views)
    protectors = {p for file_facts in facts.values() for p in file_facts.protectors}
    for file_facts in facts.values():
        for reference in file_facts.references:
            found = views.get(index.resolve(reference.target)) or views.get(reference.target)
            if found is not None:
                reporter.report(reference.site, _view_message(*found), fix=FIX_VIEW)
        for exempt in file_facts.imported_exempts:
            if exempt.instance in protectors or index.resolve(exempt.instance) in protectors:
                confidence = None if exempt.confident else Confidence.MEDIUM
                reporter.report(exempt.site, exempt.message, fix=FIX_VIEW, confidence=confidence)


def _local_definition(expr: ast.expr, semantic: SemanticModel) -> ast.AST | None:
    name = semantic.qualified_name(expr)
    prefix = f"{semantic.module}."
    if name is None or not name.startswith(prefix):
        return None
    local = name[len(prefix) :]
    return next((node for node, q in semantic.qualnames.items() if q == local), None)


# -- Flask-WTF --------------------------------------------------------------------------------


def _is_wtf_exempt(expr: ast.expr, semantic: SemanticModel) -> bool:
    """`csrf.exempt` where `csrf = CSRFProtect(...)`."""
    if not (
        isinstance(expr, ast.Attribute)
        and expr.attr == "exempt"
        and isinstance(expr.value, ast.Name)
    ):
        return False
    values = semantic.assigned_values(expr.value) or []
    return any(
        isinstance(v, ast.Call) and semantic.qualified_name(v.func) in WTF_CSRF_PROTECT
        for v in values
    )


def _report_flask_view(function: Function, site: ast.AST, ctx: RuleContext) -> None:
    message = _flask_view_message(function, ctx.semantic)
    if message is not None:
        ctx.report(site, message, fix=FIX_VIEW)


def _flask_view_message(function: Function, semantic: SemanticModel) -> str | None:
    reason = _flask_route_reason(function, semantic)
    if reason is None or _authenticates_sender(function, semantic):
        return None
    return _view_message(f"Flask view `{function.name}`", reason)


def _wtf_target_message(target: ast.expr) -> str:
    return (
        f"`{ast.unparse(target)}` is exempted from Flask-WTF CSRF checks: every view it covers "
        "that accepts POST can be forged from another site"
    )


def _flask_route_reason(function: Function, semantic: SemanticModel) -> str | None:
    for decorator in function.decorator_list:
        if not (
            isinstance(decorator, ast.Call)
            and isinstance(decorator.func, ast.Attribute)
            and decorator.func.attr in FLASK_ROUTE_DECORATORS
        ):
            continue
        verb = decorator.func.attr
        if verb != "route":
            return None if verb == "get" else f"accepts {verb.upper()}"
        methods = next((k.value for k in decorator.keywords if k.arg == "methods"), None)
        if methods is None:
            return None  # GET only
        value = semantic.literal_value(methods)
        if isinstance(value, list | tuple | set):
            unsafe = sorted({str(m).upper() for m in value} & UNSAFE_METHODS)
            return "accepts " + ", ".join(unsafe) if unsafe else None
        return "accepts the methods of a non-constant list"
    return _body_reason(function, semantic)


def _check_wtf_exempt_call(call: ast.Call, ctx: RuleContext) -> None:
    target = call.args[0]
    local = _local_definition(target, ctx.semantic)
    if isinstance(local, Function):
        _report_flask_view(local, call, ctx)
        return
    ctx.report(call, _wtf_target_message(target), fix=FIX_VIEW, confidence=Confidence.MEDIUM)


def _check_method_call(call: ast.Call, ctx: RuleContext) -> None:
    func = call.func
    assert isinstance(func, ast.Attribute)
    semantic = ctx.semantic
    if (
        func.attr == "remove"
        and isinstance(func.value, ast.Name)
        and func.value.id in MIDDLEWARE_SETTINGS
        and call.args
        and semantic.literal_value(call.args[0]) == CSRF_MIDDLEWARE
        and not _non_production(call, semantic)
    ):
        ctx.report(
            call,
            "settings remove CsrfViewMiddleware: no form or AJAX request is checked for CSRF",
            fix=FIX_MIDDLEWARE,
        )
    elif (
        func.attr in FLASK_CONFIG_UPDATERS
        and isinstance(func.value, ast.Attribute)
        and func.value.attr == "config"
        and _disables_wtf(call, semantic)
        and not _non_production(call, semantic)
    ):
        ctx.report(
            call,
            "Flask config sets WTF_CSRF_ENABLED = False: forms are no longer checked for CSRF",
            fix=FIX_WTF,
        )


def _disables_wtf(call: ast.Call, semantic: SemanticModel) -> bool:
    for keyword in call.keywords:
        if keyword.arg in WTF_DISABLE_KEYS and semantic.literal_value(keyword.value) is False:
            return True
    for arg in call.args:
        value = semantic.literal_value(arg)
        if isinstance(value, dict) and any(value.get(k) is False for k in WTF_DISABLE_KEYS):
            return True
    return False


# -- settings ---------------------------------------------------------------------------------


def _check_assignment(node: ast.Assign, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    for target in node.targets:
        if isinstance(target, ast.Name) and target.id in MIDDLEWARE_SETTINGS:
            _check_middleware(node, ctx)
        elif (
            isinstance(target, ast.Name)
            and target.id in WTF_DISABLE_KEYS
            and semantic.literal_value(node.value) is False
            and not _non_production(node, semantic)
        ):
            ctx.report(
                node,
                "configuration sets WTF_CSRF_ENABLED = False: Flask-WTF no longer checks forms "
                "for CSRF",
                fix=FIX_WTF,
            )
        elif (
            isinstance(target, ast.Subscript)
            and isinstance(target.value, ast.Attribute)
            and target.value.attr == "config"
            and semantic.literal_value(target.slice) in WTF_DISABLE_KEYS
            and semantic.literal_value(node.value) is False
            and not _non_production(node, semantic)
        ):
            ctx.report(
                node,
                "Flask config sets WTF_CSRF_ENABLED = False: forms are no longer checked for CSRF",
                fix=FIX_WTF,
            )


def _check_middleware(node: ast.Assign, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    if semantic.parent(node) is not semantic.tree or _non_production(node, semantic):
        return
    value = semantic.literal_value(node.value)
    if not isinstance(value, list | tuple):
        return
    names = [v for v in value if isinstance(v, str)]
    if not set(names) & COOKIE_AUTH_MIDDLEWARE:
        return  # no cookie authentication: an API authenticated by headers
    if any("csrf" in n.lower() for n in names):
        return
    ctx.report(
        node,
        "MIDDLEWARE authenticates browsers with session cookies but has no CsrfViewMiddleware: "
        "no request is checked for CSRF",
        fix=FIX_MIDDLEWARE,
    )


def _non_production(node: ast.AST, semantic: SemanticModel) -> bool:
    """Test or development configuration: a settings module, class, function or guard."""
    if settings_kind(semantic.module) == "development":
        return True
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            label = ancestor.name
        elif isinstance(ancestor, ast.If):
            label = ast.unparse(ancestor.test)
        else:
            continue
        if any(w.startswith(NON_PRODUCTION_FRAGMENTS) for w in name_words(label)):
            return True
    return False


RULE = Rule(
    code="SEC212",
    name="csrf-protection-disabled",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(352,),
    owasp=("A01:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Call, ast.Assign),
    check=check,
    collect=collect,
    finish=finish,
)
