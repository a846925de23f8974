"""Browser-facing protections of web frameworks: cookies, CSRF and CORS, as data.

Read by SEC211 (insecure-cookie), SEC212 (csrf-protection-disabled) and SEC213
(cors-wildcard-with-credentials).
"""

from __future__ import annotations

import re

# --- cookies (SEC211) ------------------------------------------------------------------------

# Framework of a response class or factory, by qualified name.
RESPONSE_FACTORIES: dict[str, str] = {
    "django.http.HttpResponse": "django",
    "django.http.JsonResponse": "django",
    "django.http.StreamingHttpResponse": "django",
    "django.http.FileResponse": "django",
    "django.http.HttpResponseRedirect": "django",
    "django.http.HttpResponsePermanentRedirect": "django",
    "django.http.response.HttpResponse": "django",
    "django.http.response.JsonResponse": "django",
    "django.http.response.HttpResponseBase": "django",
    "django.http.response.HttpResponseRedirect": "django",
    "django.shortcuts.redirect": "django",
    "django.shortcuts.render": "django",
    "django.template.response.TemplateResponse": "django",
    "rest_framework.response.Response": "django",
    "flask.Response": "flask",
    "flask.make_response": "flask",
    "flask.redirect": "flask",
    "flask.jsonify": "flask",
    "flask.wrappers.Response": "flask",
    "werkzeug.Response": "flask",
    "werkzeug.wrappers.Response": "flask",
    "werkzeug.utils.redirect": "flask",
    "quart.Response": "flask",
    "quart.make_response": "flask",
    "starlette.responses.Response": "starlette",
    "starlette.responses.JSONResponse": "starlette",
    "starlette.responses.HTMLResponse": "starlette",
    "starlette.responses.PlainTextResponse": "starlette",
    "starlette.responses.RedirectResponse": "starlette",
    "starlette.responses.StreamingResponse": "starlette",
    "starlette.responses.FileResponse": "starlette",
    "fastapi.Response": "starlette",
    "fastapi.responses.Response": "starlette",
    "fastapi.responses.JSONResponse": "starlette",
    "fastapi.responses.HTMLResponse": "starlette",
    "fastapi.responses.PlainTextResponse": "starlette",
    "fastapi.responses.RedirectResponse": "starlette",
    "fastapi.responses.ORJSONResponse": "starlette",
    "fastapi.responses.UJSONResponse": "starlette",
    "fastapi.responses.StreamingResponse": "starlette",
    "fastapi.responses.FileResponse": "starlette",
}
# Module prefixes that tell which framework an otherwise unknown `response` belongs to.
FRAMEWORK_MODULES: dict[str, str] = {
    "django": "django",
    "rest_framework": "django",
    "flask": "flask",
    "werkzeug": "flask",
    "quart": "flask",
    "starlette": "starlette",
    "fastapi": "starlette",
}
# Decorators (by attribute name on an app or blueprint) whose function receives the response as
# its first parameter: Flask's `@app.after_request`.
RESPONSE_HOOK_DECORATORS = frozenset({"after_request", "after_app_request"})
# Methods whose first positional parameter after `self` is the response: Django middleware.
RESPONSE_HOOK_METHODS: dict[str, int] = {"process_response": 2}
# Calls that return a response inside middleware: `self.get_response(request)`, `call_next(...)`.
RESPONSE_PRODUCER_NAMES = frozenset({"get_response", "call_next"})

COOKIE_SETTERS = frozenset({"set_cookie", "set_signed_cookie"})
# Receivers that are clients, not responses (`app.test_client().set_cookie(...)`), by the
# identifier they are named or built by.
CLIENT_FRAGMENTS = ("client",)
# Positions of the cookie attributes in `set_cookie(key, value, max_age, expires, path, domain,
# secure, httponly, samesite)`: the same in Django, Werkzeug and Starlette.
COOKIE_POSITIONS: dict[str, int] = {
    "key": 0,
    "value": 1,
    "max_age": 2,
    "expires": 3,
    "secure": 6,
    "httponly": 7,
    "samesite": 8,
}
# The value of each attribute when the argument is left out, per framework.
COOKIE_DEFAULTS: dict[str, dict[str, object]] = {
    "django": {"secure": False, "httponly": False, "samesite": None},
    "flask": {"secure": False, "httponly": False, "samesite": None},
    "starlette": {"secure": False, "httponly": False, "samesite": "lax"},
}
SAFE_SAMESITE = frozenset({"lax", "strict"})
SET_COOKIE_HEADER = "set-cookie"

# Cookie names (and value expressions) that carry session or authentication data. A name is
# split into words (`accessToken` -> access, token); it is sensitive when a word is in
# SENSITIVE_WORDS or contains one of SENSITIVE_FRAGMENTS.
SENSITIVE_FRAGMENTS = (
    "session",
    "sessid",
    "token",
    "jwt",
    "csrf",
    "xsrf",
    "apikey",
    "password",
    "passwd",
    "secret",
    "credential",
    "bearer",
    "remember",
)
SENSITIVE_WORDS = frozenset(
    {
        "sid",
        "auth",
        "authn",
        "authz",
        "authorization",
        "authentication",
        "authenticated",
        "access",
        "refresh",
        "sso",
        "oauth",
        "saml",
        "identity",
        "jti",
    }
)
# Cookies read by JavaScript by design (double-submit CSRF tokens): HttpOnly is not required.
JS_READABLE_FRAGMENTS = ("csrf", "xsrf")
# Calls whose result is a secret: a cookie holding it is sensitive whatever its name.
TOKEN_FUNCTIONS = frozenset(
    {
        "secrets.token_urlsafe",
        "secrets.token_hex",
        "secrets.token_bytes",
        "jwt.encode",
        "jose.jwt.encode",
        "django.core.signing.dumps",
        "django.middleware.csrf.get_token",
        "flask_jwt_extended.create_access_token",
        "flask_jwt_extended.create_refresh_token",
        "rest_framework_simplejwt.tokens.RefreshToken.for_user",
        "rest_framework_simplejwt.tokens.AccessToken.for_user",
    }
)

# --- CSRF (SEC212) ---------------------------------------------------------------------------

CSRF_EXEMPT = frozenset({"django.views.decorators.csrf.csrf_exempt"})
METHOD_DECORATOR = frozenset({"django.utils.decorators.method_decorator"})
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Decorators that restrict a view to unsafe methods (state-changing) or to safe ones.
POST_ONLY_DECORATORS = frozenset({"django.views.decorators.http.require_POST"})
SAFE_ONLY_DECORATORS = frozenset(
    {"django.views.decorators.http.require_GET", "django.views.decorators.http.require_safe"}
)
METHODS_DECORATORS = frozenset({"django.views.decorators.http.require_http_methods"})
# Django REST framework enforces CSRF itself for session-authenticated requests
# (`SessionAuthentication.enforce_csrf`), whatever `csrf_exempt` says: its views are left alone.
DRF_PREFIX = "rest_framework."
# `request.<attr>`: reading a request body means the view handles unsafe methods.
BODY_ATTRIBUTES = frozenset({"POST", "FILES", "body", "data", "form", "files", "json"})
BODY_METHODS = frozenset({"get_json", "read"})
# The global request objects of Flask-like frameworks.
GLOBAL_REQUESTS = frozenset({"flask.request", "quart.request"})
# Class-based view methods that handle unsafe requests.
UNSAFE_VIEW_METHODS = frozenset({"post", "put", "patch", "delete"})
# Generic views whose `post` changes state (when a class only inherits it).
EDITING_VIEW_BASES = frozenset(
    {
        "django.views.generic.edit.FormView",
        "django.views.generic.edit.CreateView",
        "django.views.generic.edit.UpdateView",
        "django.views.generic.edit.DeleteView",
        "django.views.generic.FormView",
        "django.views.generic.CreateView",
        "django.views.generic.UpdateView",
        "django.views.generic.DeleteView",
    }
)
# Third-party views known to handle POST (`csrf_exempt(GraphQLView.as_view())` in a URLconf).
POST_HANDLING_VIEWS = frozenset(
    {
        "graphene_django.views.GraphQLView",
        "strawberry.django.views.GraphQLView",
        "strawberry.django.views.AsyncGraphQLView",
    }
)
# Signs that a webhook verifies the sender: calls (qualified names, instances built by them, or a
# callee whose name contains a fragment) and strings naming a signature header.
SIGNATURE_CALLS = frozenset(
    {
        "hmac.compare_digest",
        "secrets.compare_digest",
        "stripe.Webhook.construct_event",
        "stripe.WebhookSignature.verify_header",
        "svix.webhooks.Webhook",
        "twilio.request_validator.RequestValidator",
        "slack_sdk.signature.SignatureVerifier",
        "github_webhook.Webhook",
    }
)
SIGNATURE_NAME_FRAGMENTS = ("signature", "verify_webhook", "validate_webhook")
# Words of a callee's name that say it checks a signature (`_valid_paddle_sig`, `hmac_ok`).
SIGNATURE_NAME_WORDS = frozenset({"sig", "sigs", "signature", "signed", "hmac", "verify"})
# Calls that compute a MAC: a helper of the view's module that makes one checks a signature.
SIGNATURE_HELPER_CALLS = frozenset({"hmac.new", "hmac.digest", "hmac.HMAC"})
HELPER_DEPTH = 2  # how many project-function calls deep a signature check is looked for
# `Stripe-Signature`, `X-Hub-Signature-256`, `X-Shopify-Hmac-Sha256`, `X-Square-HmacSha256-...`.
SIGNATURE_HEADER_FRAGMENTS = ("signature", "hub-signature", "hub_signature", "hmac")
# Headers that authenticate without cookies: a view that reads one is not a CSRF target.
TOKEN_HEADER_FRAGMENTS = ("authorization", "api-key", "api_key", "x-token")

# Django settings.
CSRF_MIDDLEWARE = "django.middleware.csrf.CsrfViewMiddleware"
MIDDLEWARE_SETTINGS = frozenset({"MIDDLEWARE", "MIDDLEWARE_CLASSES"})
# A project that has these middleware authenticates browsers with cookies.
COOKIE_AUTH_MIDDLEWARE = frozenset(
    {
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
    }
)

# Flask-WTF.
WTF_CSRF_PROTECT = frozenset({"flask_wtf.CSRFProtect", "flask_wtf.csrf.CSRFProtect"})
WTF_DISABLE_KEYS = frozenset({"WTF_CSRF_ENABLED"})
FLASK_ROUTE_DECORATORS = frozenset({"route", "post", "put", "patch", "delete", "get"})
FLASK_CONFIG_UPDATERS = frozenset({"update", "from_mapping"})
# Names of configuration classes and guards that are only for tests or development.
NON_PRODUCTION_FRAGMENTS = ("test", "dev", "local")

# --- CORS (SEC213) ---------------------------------------------------------------------------

STARLETTE_CORS = frozenset(
    {"starlette.middleware.cors.CORSMiddleware", "fastapi.middleware.cors.CORSMiddleware"}
)
STARLETTE_MIDDLEWARE_WRAPPERS = frozenset({"starlette.middleware.Middleware"})
FLASK_CORS = frozenset({"flask_cors.CORS", "flask_cors.cross_origin"})
# flask-cors allows every origin when `origins` is not given.
FLASK_CORS_DEFAULT_ORIGINS = "*"
# ... unless the app config sets them.
FLASK_CORS_CONFIG_KEYS = frozenset({"CORS_ORIGINS"})
DJANGO_CORS_ALLOW_ALL = frozenset({"CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL"})
DJANGO_CORS_CREDENTIALS = frozenset({"CORS_ALLOW_CREDENTIALS"})
DJANGO_CORS_REGEXES = frozenset({"CORS_ALLOWED_ORIGIN_REGEXES", "CORS_ORIGIN_REGEX_WHITELIST"})
DJANGO_CORS_SETTINGS = DJANGO_CORS_CREDENTIALS | DJANGO_CORS_ALLOW_ALL | DJANGO_CORS_REGEXES
WILDCARD_ORIGINS = frozenset({"*", ".*", "^.*$", ".+", "^.+$"})
# An origin pattern is a wildcard when it accepts these attacker-controlled origins.
PROBE_ORIGINS = ("https://attacker.example", "http://evil.test")
# String methods between an environment read and a list of origins: `getenv(...).split(",")`.
ORIGIN_LIST_SPLITTERS = frozenset({"split", "strip", "lower"})
# Headers, for hand-written CORS.
ALLOW_ORIGIN_HEADER = "access-control-allow-origin"
ALLOW_CREDENTIALS_HEADER = "access-control-allow-credentials"
ORIGIN_REQUEST_KEYS = frozenset({"origin", "http_origin"})
# Methods that write a response header: `response.headers.add("Set-Cookie", ...)` (SEC211 too).
HEADER_SETTERS = frozenset({"set", "add", "setdefault", "__setitem__", "append"})


def name_words(name: str) -> list[str]:
    """`accessToken` -> ["access", "token"]; `SESSION_COOKIE_NAME` -> ["session", "cookie", ...]."""
    return [w.lower() for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", name)]


def is_sensitive_name(name: str) -> bool:
    """Whether a cookie name (or an identifier) speaks of session or authentication data."""
    squashed = re.sub(r"[^a-z0-9]", "", name.lower())
    if any(fragment in squashed for fragment in SENSITIVE_FRAGMENTS):
        return True
    return any(word in SENSITIVE_WORDS for word in name_words(name))


def is_js_readable_cookie(name: str) -> bool:
    """CSRF cookies of the double-submit pattern, which scripts must be able to read."""
    lowered = name.lower()
    return any(fragment in lowered for fragment in JS_READABLE_FRAGMENTS)


def matches_any_origin(pattern: str, *, full: bool) -> bool:
    """Whether an origin regular expression accepts origins of any attacker's site."""
    try:
        compiled = re.compile(pattern)
    except re.error:
        return False
    match = compiled.fullmatch if full else compiled.match
    return any(match(origin) is not None for origin in PROBE_ORIGINS)
