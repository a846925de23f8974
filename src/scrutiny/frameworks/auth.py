"""Authentication, authorization and rate limiting in web frameworks: what guards an endpoint.

Read by the access-control rules (SEC214-SEC217). Everything here is data: qualified names of
route factories, guard decorators, permission classes, throttles and limiters, and the words that
name endpoints that are public by design (login, register, webhooks) or that check credentials.
"""

from __future__ import annotations

# Packages whose qualified names are the frameworks' own API (never a project's guard or model).
WEB_PACKAGES = ("django", "rest_framework", "flask", "fastapi", "starlette", "quart")
# Files that import one of these are worth reading (web code, auth, limiters, ORMs).
RELEVANT_PACKAGES = frozenset(
    {
        *WEB_PACKAGES,
        "slowapi",
        "flask_limiter",
        "fastapi_limiter",
        "django_ratelimit",
        "ratelimit",
        "sqlalchemy",
        "flask_sqlalchemy",
        "flask_login",
        "flask_jwt_extended",
        "flask_httpauth",
        "rest_framework_simplejwt",
        "dj_rest_auth",
        "knox",
    }
)

# -- routes -----------------------------------------------------------------------------------

# Objects whose `.get/.post/.route/.api_route(...)` methods declare routes: factory -> framework.
ROUTER_FACTORIES: dict[str, str] = {
    "fastapi.FastAPI": "fastapi",
    "fastapi.applications.FastAPI": "fastapi",
    "fastapi.APIRouter": "fastapi",
    "fastapi.routing.APIRouter": "fastapi",
    "flask.Flask": "flask",
    "flask.app.Flask": "flask",
    "flask.Blueprint": "flask",
    "flask.blueprints.Blueprint": "flask",
    "quart.Quart": "flask",
    "quart.Blueprint": "flask",
}
# Application objects (not blueprints or routers): a guard on one covers every route it serves.
APP_FACTORIES = frozenset(
    {
        "flask.Flask",
        "flask.app.Flask",
        "quart.Quart",
        "fastapi.FastAPI",
        "fastapi.applications.FastAPI",
    }
)
APP_HOOKS = frozenset({"before_app_request"})
MIDDLEWARE_METHODS = frozenset({"add_middleware"})
# A middleware named with one of these and a guard word refuses anonymous requests
# (`LoginRequiredMiddleware`); `AuthenticationMiddleware` only identifies the user.
REQUIRE_WORDS = frozenset({"required", "require", "requires", "enforce", "enforced"})
HTTP_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "options"})
WRITE_METHODS = frozenset({"post", "put", "patch", "delete"})
# Route decorators that take a `methods=[...]` list (Flask `route`, FastAPI `api_route`).
MULTI_METHOD_ROUTES = frozenset({"route", "api_route"})
# Hooks that run before every route of an app or blueprint (Flask).
BEFORE_REQUEST_HOOKS = frozenset({"before_request", "before_app_request"})
# FastAPI: markers of an injected dependency; `Security` always means authentication.
DEPENDENCY_MARKERS = frozenset({"fastapi.Depends", "fastapi.params.Depends", "fastapi.Security"})
SECURITY_MARKERS = frozenset({"fastapi.Security", "fastapi.params.Security"})
# FastAPI security schemes: a dependency on one of these is authentication.
SECURITY_SCHEMES = frozenset(
    {
        "fastapi.security.OAuth2PasswordBearer",
        "fastapi.security.HTTPBearer",
        "fastapi.security.HTTPBasic",
        "fastapi.security.APIKeyHeader",
        "fastapi.security.APIKeyCookie",
        "fastapi.security.APIKeyQuery",
        "fastapi.security.OAuth2AuthorizationCodeBearer",
        "fastapi.security.OpenIdConnect",
    }
)

# -- guards -----------------------------------------------------------------------------------

# Decorators that require an authenticated (or authorized) user, per framework.
GUARD_DECORATORS = frozenset(
    {
        "flask_login.login_required",
        "flask_login.utils.login_required",
        "flask_jwt_extended.jwt_required",
        "flask_jwt_extended.view_decorators.jwt_required",
        "flask_security.auth_required",
        "flask_security.login_required",
        "flask_security.roles_required",
        "flask_security.permissions_required",
        "django.contrib.auth.decorators.login_required",
        "django.contrib.auth.decorators.permission_required",
        "django.contrib.auth.decorators.user_passes_test",
        "django.contrib.admin.views.decorators.staff_member_required",
        "rest_framework.decorators.permission_classes",
        "rest_framework.decorators.authentication_classes",
    }
)
# Guards that grant access by role or permission rather than ownership: an object fetched under
# one of these is the staff's to see (not an insecure direct object reference).
STAFF_GUARDS = frozenset(
    {
        "django.contrib.auth.decorators.permission_required",
        "django.contrib.auth.decorators.user_passes_test",
        "django.contrib.admin.views.decorators.staff_member_required",
        "flask_security.roles_required",
        "flask_security.permissions_required",
        "django.contrib.auth.mixins.PermissionRequiredMixin",
        "django.contrib.auth.mixins.UserPassesTestMixin",
    }
)
# Methods of an authentication object used as a decorator (`@auth.login_required`, flask_httpauth).
GUARD_METHODS = frozenset({"login_required", "jwt_required", "auth_required", "roles_required"})
# Words that make a project's own decorator or dependency an authentication guard
# (`@admin_required`, `Depends(get_current_user)`, `@token_auth.login_required`).
GUARD_WORDS = frozenset(
    {
        "login",
        "auth",
        "authenticated",
        "authenticate",
        "authorize",
        "authorized",
        "permission",
        "permissions",
        "perm",
        "perms",
        "jwt",
        "token",
        "admin",
        "staff",
        "superuser",
        "role",
        "roles",
        "protected",
        "secured",
        "scope",
        "scopes",
        "apikey",
        "signed",
    }
)
GUARD_WORDS = GUARD_WORDS | {"principal", "oauth", "oauth2", "bearer", "credentials"}
# ... or whose last word is one of these (`get_user`, `require_active_user`, `verified_claims`).
GUARD_LAST_WORDS = frozenset({"user", "users", "identity", "claims", "account", "member"})
# Words of a guard that grants access by role (staff may see every object).
STAFF_WORDS = frozenset({"admin", "staff", "superuser", "role", "roles", "permission", "perm"})
STAFF_ATTRIBUTES = frozenset({"is_staff", "is_superuser", "has_perm", "has_perms"})
# Django 5.1+: every view requires a login unless marked `@login_not_required`.
LOGIN_REQUIRED_MIDDLEWARE = frozenset({"django.contrib.auth.middleware.LoginRequiredMiddleware"})
# Decorators that never authenticate, whatever their name.
NON_GUARD_DECORATORS = frozenset(
    {
        "django.views.decorators.http.require_POST",
        "django.views.decorators.http.require_GET",
        "django.views.decorators.http.require_http_methods",
        "django.views.decorators.http.require_safe",
        "django.views.decorators.csrf.csrf_exempt",
        "django.views.decorators.csrf.csrf_protect",
        "rest_framework.decorators.api_view",
        "rest_framework.decorators.action",
        "rest_framework.decorators.throttle_classes",
    }
)
# Class bases (Django) that require a logged-in or authorized user.
GUARD_MIXINS = frozenset(
    {
        "django.contrib.auth.mixins.LoginRequiredMixin",
        "django.contrib.auth.mixins.PermissionRequiredMixin",
        "django.contrib.auth.mixins.UserPassesTestMixin",
        "django.contrib.auth.mixins.AccessMixin",
        "braces.views.LoginRequiredMixin",
        "braces.views.PermissionRequiredMixin",
        "braces.views.StaffuserRequiredMixin",
        "braces.views.SuperuserRequiredMixin",
    }
)
# `method_decorator(login_required, name="dispatch")` on a class.
METHOD_DECORATOR = "django.utils.decorators.method_decorator"
# Attributes read in a view body that show an inline authentication check.
INLINE_AUTH_ATTRIBUTES = frozenset(
    {"is_authenticated", "is_anonymous", "is_staff", "is_superuser", "has_perm", "has_perms"}
)
INLINE_AUTH_CALLS = frozenset(
    {
        "flask_jwt_extended.verify_jwt_in_request",
        "flask_jwt_extended.get_jwt_identity",
        "django.contrib.auth.views.redirect_to_login",
        "django.contrib.auth.get_user",
    }
)
# HTTP statuses that refuse access when passed to `abort(...)` or raised.
DENIAL_STATUSES = frozenset({401, 403})
DENIAL_EXCEPTIONS = frozenset(
    {
        "django.core.exceptions.PermissionDenied",
        "rest_framework.exceptions.PermissionDenied",
        "rest_framework.exceptions.NotAuthenticated",
        "werkzeug.exceptions.Unauthorized",
        "werkzeug.exceptions.Forbidden",
        "django.http.HttpResponseForbidden",
        "django.http.response.HttpResponseForbidden",
    }
)
HTTP_EXCEPTIONS = frozenset(
    {
        "fastapi.HTTPException",
        "fastapi.exceptions.HTTPException",
        "starlette.exceptions.HTTPException",
    }
)
ABORT_FUNCTIONS = frozenset({"flask.abort", "werkzeug.exceptions.abort", "quart.abort"})

# -- Django and DRF views ---------------------------------------------------------------------

DJANGO_METHOD_DECORATORS: dict[str, frozenset[str] | None] = {
    # decorator -> the methods it admits (None: read from its argument)
    "django.views.decorators.http.require_POST": frozenset({"post"}),
    "django.views.decorators.http.require_GET": frozenset({"get"}),
    "django.views.decorators.http.require_safe": frozenset({"get", "head"}),
    "django.views.decorators.http.require_http_methods": None,
    "rest_framework.decorators.api_view": None,
}
# What a Django function view returns (a function taking `request` that returns none of these is
# a helper, not a view).
RESPONSE_MODULES = ("django.http.", "django.template.response.", "rest_framework.response.")
RESPONSE_CALLS = frozenset(
    {
        "django.shortcuts.render",
        "django.shortcuts.redirect",
        "django.shortcuts.render_to_response",
        "django.http.JsonResponse",
    }
)
# Django generic views whose `post` writes data (inherited, so the subclass defines no `post`).
DJANGO_WRITE_VIEWS = frozenset(
    {
        "django.views.generic.CreateView",
        "django.views.generic.UpdateView",
        "django.views.generic.DeleteView",
        "django.views.generic.FormView",
        "django.views.generic.edit.CreateView",
        "django.views.generic.edit.UpdateView",
        "django.views.generic.edit.DeleteView",
        "django.views.generic.edit.FormView",
        "django.views.generic.edit.BaseCreateView",
        "django.views.generic.edit.BaseUpdateView",
        "django.views.generic.edit.BaseDeleteView",
    }
)
# Django generic views that fetch one object by the URL's `pk` / `slug` (SingleObjectMixin): with
# `model = Order` and no `get_queryset` / `get_object` override, any id in the URL is served.
DJANGO_SINGLE_OBJECT_VIEWS = frozenset(
    {
        f"django.views.generic.{module}{name}"
        for module in ("", "detail.", "edit.")
        for name in (
            "DetailView",
            "UpdateView",
            "DeleteView",
            "BaseDetailView",
            "BaseUpdateView",
            "BaseDeleteView",
            "SingleObjectMixin",
        )
    }
)
# Methods of a generic view that replace how it finds its object.
OBJECT_LOOKUP_METHODS = frozenset({"get_queryset", "get_object"})
# Class attributes naming what a generic view looks up: `model = Order`, `queryset = ...`.
GENERIC_MODEL_ATTRIBUTE = "model"
GENERIC_QUERYSET_ATTRIBUTE = "queryset"
# QuerySet methods that keep every row (`queryset = Order.objects.select_related("user").all()`).
UNFILTERED_QUERYSET_METHODS = frozenset(
    {"all", "select_related", "prefetch_related", "order_by", "only", "defer", "annotate", "using"}
)
DJANGO_VIEW_BASES = frozenset(
    {
        "django.views.View",
        "django.views.generic.View",
        "django.views.generic.base.View",
        "django.views.generic.TemplateView",
        "django.views.generic.DetailView",
        "django.views.generic.ListView",
        *DJANGO_WRITE_VIEWS,
    }
)
DJANGO_VIEW_PACKAGES = ("django.views.", "django.contrib.auth.views.")
DRF_PACKAGES = ("rest_framework.", "rest_framework_simplejwt.", "dj_rest_auth.", "knox.")
# DRF classes (and mixins) that give a view write actions without defining `post`.
_CREATE = frozenset({"post"})
_UPDATE = frozenset({"put", "patch"})
_DESTROY = frozenset({"delete"})
DRF_WRITE_BASES: dict[str, frozenset[str]] = {
    "rest_framework.viewsets.ModelViewSet": _CREATE | _UPDATE | _DESTROY,
    "rest_framework.generics.CreateAPIView": _CREATE,
    "rest_framework.generics.UpdateAPIView": _UPDATE,
    "rest_framework.generics.DestroyAPIView": _DESTROY,
    "rest_framework.generics.ListCreateAPIView": _CREATE,
    "rest_framework.generics.RetrieveUpdateAPIView": _UPDATE,
    "rest_framework.generics.RetrieveDestroyAPIView": _DESTROY,
    "rest_framework.generics.RetrieveUpdateDestroyAPIView": _UPDATE | _DESTROY,
    "rest_framework.mixins.CreateModelMixin": _CREATE,
    "rest_framework.mixins.UpdateModelMixin": _UPDATE,
    "rest_framework.mixins.DestroyModelMixin": _DESTROY,
}
DRF_VIEW_BASES = frozenset(
    {
        "rest_framework.views.APIView",
        "rest_framework.generics.GenericAPIView",
        "rest_framework.viewsets.ViewSet",
        "rest_framework.viewsets.GenericViewSet",
        "rest_framework.viewsets.ViewSetMixin",
        "rest_framework.viewsets.ReadOnlyModelViewSet",
        "rest_framework.generics.ListAPIView",
        "rest_framework.generics.RetrieveAPIView",
        *DRF_WRITE_BASES,
    }
)
DRF_ACTION = "rest_framework.decorators.action"
DRF_PERMISSION_ATTRIBUTES = frozenset({"permission_classes", "authentication_classes"})
DRF_ALLOW_ANY = frozenset({"rest_framework.permissions.AllowAny"})
DRF_PERMISSION_DECORATOR = "rest_framework.decorators.permission_classes"
DRF_THROTTLE_DECORATOR = "rest_framework.decorators.throttle_classes"
DRF_THROTTLE_ATTRIBUTE = "throttle_classes"
DRF_SETTINGS = "REST_FRAMEWORK"
DRF_DEFAULT_PERMISSIONS = "DEFAULT_PERMISSION_CLASSES"
DRF_DEFAULT_THROTTLES = frozenset({"DEFAULT_THROTTLE_CLASSES"})
# Library views that check credentials and switch throttling off for themselves
# (`throttle_classes = ()`): a subclass or a route to them is unthrottled even with a default.
DRF_TOKEN_VIEWS = frozenset(
    {
        "rest_framework.authtoken.views.ObtainAuthToken",
        "rest_framework.authtoken.views.obtain_auth_token",
    }
)
UNTHROTTLED_LIBRARY_VIEWS = frozenset(
    {
        "rest_framework.authtoken.views.ObtainAuthToken",
        "rest_framework.authtoken.views.obtain_auth_token",
    }
)
CREDENTIAL_VIEWS = frozenset(
    {
        *DRF_TOKEN_VIEWS,
        "rest_framework_simplejwt.views.TokenObtainPairView",
        "rest_framework_simplejwt.views.TokenObtainSlidingView",
        "rest_framework_simplejwt.views.TokenObtainView",
        "django.contrib.auth.views.LoginView",
        "django.contrib.auth.views.PasswordResetView",
        "dj_rest_auth.views.LoginView",
    }
)
# URLconf functions that route a path to a view.
URL_FUNCTIONS = frozenset(
    {"django.urls.path", "django.urls.re_path", "django.conf.urls.url", "django.urls.conf.path"}
)

# -- endpoints public by design ---------------------------------------------------------------

# Words in an endpoint's name or path that make it public on purpose (no authentication).
PUBLIC_WORDS = frozenset(
    {
        "login",
        "logout",
        "signin",
        "signup",
        "register",
        "registration",
        "token",
        "tokens",
        "refresh",
        "password",
        "reset",
        "forgot",
        "webhook",
        "webhooks",
        "callback",
        "hook",
        "hooks",
        "oauth",
        "sso",
        "saml",
        "activate",
        "verify",
        "verification",
        "health",
        "healthz",
        "ping",
        "public",
        "subscribe",
        "unsubscribe",
        "newsletter",
        "feedback",
        "contact",
        "search",
        "lookup",
        "preview",
        "validate",
        "track",
        "beacon",
        "telemetry",
        "otp",
        "magic",
        "auth",
        "authenticate",
        "obtain",
        "csp",
    }
)
# Compound spellings split into the words above before matching (`signin` is one word already).
PUBLIC_PHRASES = ("sign_in", "sign_up", "log_in", "log_out")

# -- credential checks (rate limiting) --------------------------------------------------------

# Words in an endpoint name or path that mark a credential check.
LOGIN_WORDS = frozenset(
    {"login", "signin", "token", "otp", "2fa", "mfa", "totp", "authenticate", "obtain"}
)
LOGIN_WORD_PAIRS = (("password", "reset"), ("verify", "code"))
# ... and the pairs that name a password reset (limited against mail flooding and code guessing,
# and recognized by name and path alone).
RESET_WORD_PAIRS = (("password", "reset"), ("forgot", "password"))
NOT_LOGIN_WORDS = frozenset({"logout", "refresh", "revoke", "me", "signout"})
# Calls that check a password or a one-time code.
CREDENTIAL_CALLS = frozenset(
    {
        "django.contrib.auth.authenticate",
        "django.contrib.auth.login",
        "flask_login.login_user",
        "flask_login.utils.login_user",
        "django.contrib.auth.hashers.check_password",
        "werkzeug.security.check_password_hash",
        "flask_bcrypt.check_password_hash",
        "bcrypt.checkpw",
        "pyotp.TOTP.verify",
    }
)
# Words of names, fields and keys that show an endpoint handles a credential (a name like `login`
# alone is not enough: the endpoint must read a password or a code, or check one).
CREDENTIAL_FIELD_WORDS = frozenset(
    {"password", "passwd", "pwd", "passcode", "otp", "totp", "code", "pin", "credentials"}
)
CREDENTIAL_METHODS = frozenset(
    {"check_password", "verify_password", "check_password_hash", "authenticate", "verify_totp"}
)

# -- rate limiting ----------------------------------------------------------------------------

# Limiter objects: `limiter = Limiter(...)`; `@limiter.limit("5/minute")` limits a route, and
# `default_limits=[...]` limits every route of the application.
LIMITER_FACTORIES = frozenset(
    {
        "slowapi.Limiter",
        "slowapi.extension.Limiter",
        "flask_limiter.Limiter",
        "flask_limiter.extension.Limiter",
    }
)
LIMITER_METHODS = frozenset({"limit", "shared_limit"})
LIMITER_EXEMPT_METHODS = frozenset({"exempt"})
LIMITER_DEFAULTS = frozenset({"default_limits", "application_limits"})
RATE_LIMIT_DECORATORS = frozenset(
    {
        "django_ratelimit.decorators.ratelimit",
        "ratelimit.decorators.ratelimit",
        "ratelimit.decorators.RateLimitDecorator",
        "rest_framework.decorators.throttle_classes",
    }
)
RATE_LIMIT_DEPENDENCIES = frozenset(
    {"fastapi_limiter.depends.RateLimiter", "fastapi_limiter.depends.WebSocketRateLimiter"}
)
# django-axes: any of these settings values turns on lockout for `authenticate()`-based logins.
AXES_SETTINGS: dict[str, frozenset[str]] = {
    "INSTALLED_APPS": frozenset({"axes", "axes.apps.AppConfig"}),
    "MIDDLEWARE": frozenset({"axes.middleware.AxesMiddleware"}),
    "AUTHENTICATION_BACKENDS": frozenset(
        {"axes.backends.AxesBackend", "axes.backends.AxesStandaloneBackend"}
    ),
}

# -- object ownership (IDOR) ------------------------------------------------------------------

# Keyword lookups that scope a query to its owner (`user=request.user`, `owner__id=...`).
OWNER_FIELDS = frozenset(
    {
        "user",
        "owner",
        "created_by",
        "author",
        "customer",
        "account",
        "member",
        "profile",
        "tenant",
        "organization",
        "seller",
        "buyer",
        "patient",
        "employee",
        "uploaded_by",
        "requester",
    }
)
# Expressions that are the current user: `request.user`, `current_user`, `g.user`.
CURRENT_USER_ATTRIBUTES = frozenset({"user", "current_user"})
CURRENT_USER_NAMES = frozenset({"current_user", "user", "me", "account"})
CURRENT_USER_GLOBALS = frozenset({"flask_login.current_user", "flask_login.utils.current_user"})
# Queries that fetch one object by key.
DJANGO_SHORTCUTS = frozenset(
    {"django.shortcuts.get_object_or_404", "rest_framework.generics.get_object_or_404"}
)
DJANGO_FETCH_METHODS = frozenset({"get", "get_object_or_404", "first", "filter", "last"})
SQLALCHEMY_FETCH_METHODS = frozenset(
    {"get", "get_or_404", "first", "one", "one_or_none", "first_or_404"}
)
KEY_FIELDS = frozenset({"pk", "id", "uuid", "slug", "pk__exact", "id__exact"})
# Words of a project helper that, handed the current user, checks an object's owner
# (`ensure_owner(order, request.user)`, `can_edit(user, doc)`).
OWNERSHIP_CHECK_WORDS = frozenset(
    {
        "check",
        "ensure",
        "verify",
        "assert",
        "authorize",
        "can",
        "owns",
        "owner",
        "permission",
        "access",
        "require",
        "allowed",
        "permitted",
    }
)
# Methods of a DRF view that decide permissions per request or action.
DYNAMIC_PERMISSION_METHODS = frozenset(
    {"get_permissions", "check_permissions", "has_permission", "get_authenticators"}
)
# Calls that check permissions on an object after fetching it.
OBJECT_PERMISSION_CALLS = frozenset(
    {"check_object_permissions", "has_object_permission", "has_perm", "get_object"}
)
# Methods of class-based views that handle a request (where a fetch by URL key is a view's).
VIEW_METHODS = frozenset(
    {
        "get",
        "post",
        "put",
        "patch",
        "delete",
        "retrieve",
        "update",
        "partial_update",
        "destroy",
        "get_object",
        "get_context_data",
    }
)
# Request attributes that carry client-chosen keys (`request.GET["id"]`, `self.kwargs["pk"]`).
REQUEST_KEY_ATTRIBUTES = frozenset(
    {
        "GET",
        "POST",
        "args",
        "form",
        "kwargs",
        "query_params",
        "path_params",
        "data",
        "json",
        "values",
    }
)
