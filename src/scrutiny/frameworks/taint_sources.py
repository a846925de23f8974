"""Where untrusted request data enters a backend, per web framework (sources of kind `remote`).

Three shapes of source:

* a **request object** (`flask.request`, a Django view's `request` parameter, a Starlette
  `Request`): some of its attributes and methods are remote data (`RequestModel.attributes`),
  others are not (`request.user`, `request.method` are the server's own);
* **route parameters**: every parameter of a FastAPI path operation, a Flask route or a Django
  view (after `request`) is remote data, unless its declared type converts it (`int`, `UUID`);
* **resolver arguments** of GraphQL resolvers (graphene, strawberry, ariadne).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RequestModel:
    framework: str
    types: frozenset[str]  # qualified annotations that mark a request parameter
    attributes: frozenset[str]  # attributes and methods that hold remote data


DJANGO = RequestModel(
    "django",
    frozenset(
        {
            "django.http.HttpRequest",
            "django.http.request.HttpRequest",
            "django.core.handlers.wsgi.WSGIRequest",
            "rest_framework.request.Request",
        }
    ),
    frozenset(
        {
            "GET",
            "POST",
            "COOKIES",
            "META",
            "body",
            "FILES",
            "headers",
            "data",
            "query_params",
            "read",
            "readline",
            "readlines",
            "get_full_path",
            "path",
            "path_info",
            "content_params",
        }
    ),
)
FLASK = RequestModel(
    "flask",
    frozenset({"flask.Request", "werkzeug.wrappers.Request", "flask.wrappers.Request"}),
    frozenset(
        {
            "args",
            "form",
            "values",
            "json",
            "get_json",
            "data",
            "get_data",
            "files",
            "cookies",
            "headers",
            "view_args",
            "stream",
            "full_path",
            "url",
            "path",
            "query_string",
            "environ",
            "authorization",
            "referrer",
            "user_agent",
        }
    ),
)
STARLETTE = RequestModel(
    "starlette",
    frozenset(
        {
            "starlette.requests.Request",
            "fastapi.Request",
            "fastapi.requests.Request",
            "starlette.websockets.WebSocket",
            "fastapi.WebSocket",
        }
    ),
    frozenset(
        {
            "query_params",
            "path_params",
            "headers",
            "cookies",
            "json",
            "form",
            "body",
            "stream",
            "url",
            "receive_text",
            "receive_json",
            "receive_bytes",
        }
    ),
)
AIOHTTP = RequestModel(
    "aiohttp",
    frozenset({"aiohttp.web.Request", "aiohttp.web_request.Request", "aiohttp.web.BaseRequest"}),
    frozenset(
        {
            "match_info",
            "query",
            "rel_url",
            "post",
            "json",
            "text",
            "read",
            "content",
            "headers",
            "cookies",
            "path_qs",
            "raw_path",
        }
    ),
)
REQUEST_MODELS = (DJANGO, FLASK, STARLETTE, AIOHTTP)

# Attributes that are always a path on this server (they start with "/"): request data, but not
# a way to send a redirect or a fetch to another host.
PATH_ATTRIBUTES: dict[str, frozenset[str]] = dict.fromkeys(
    ("get_full_path", "path", "path_info", "full_path", "script_root", "url_rule"),
    frozenset({"redirect", "ssrf"}),
)

# WSGI environ / Django META keys: only these (and every `HTTP_*` header) come from the client;
# the rest is set by the server or by middleware (`CSRF_COOKIE` is a sanitized token).
ENVIRON_ATTRIBUTES = frozenset({"META", "environ"})
REMOTE_ENVIRON_KEYS = frozenset(
    {"QUERY_STRING", "PATH_INFO", "CONTENT_TYPE", "REQUEST_URI", "RAW_URI", "SCRIPT_NAME"}
)
REMOTE_ENVIRON_PREFIX = "HTTP_"

# Module-level request proxies, by qualified name.
GLOBAL_REQUESTS: dict[str, RequestModel] = {
    "flask.request": FLASK,
    "quart.request": FLASK,
    "werkzeug.local.request": FLASK,
}

# An unannotated `request` parameter is a server-side request object only in modules that use a
# web framework (elsewhere it is as likely an outgoing HTTP request, as in HTTP client libraries).
WEB_FRAMEWORK_PACKAGES = frozenset(
    {
        "django",
        "rest_framework",
        "flask",
        "werkzeug",
        "quart",
        "starlette",
        "fastapi",
        "aiohttp",
        "sanic",
        "falcon",
        "pyramid",
        "tornado",
        "bottle",
        "ninja",
        "graphene",
        "strawberry",
        "ariadne",
    }
)
# In a file that imports only these, an unannotated `request` is a Django (or DRF) request.
DJANGO_PACKAGES = frozenset({"django", "rest_framework"})
# A parameter with one of these names, in a function whose first parameter it is (a Django or
# DRF view, or a method's parameter after `self`), is a request object even without annotation.
REQUEST_PARAM_NAMES = frozenset({"request", "req"})
# `self.request` in class-based views (Django, DRF) is the request object too.
SELF_REQUEST_ATTRIBUTES = frozenset({"request"})
# ... and `self.kwargs` / `self.args` hold the URL parameters of the route to the view.
SELF_URL_ATTRIBUTES = frozenset({"kwargs", "args"})
# For a request object of unknown framework, the union of every framework's remote attributes.
ANY_REQUEST = RequestModel(
    "any",
    frozenset(),
    frozenset().union(*(m.attributes for m in REQUEST_MODELS)) - {"path", "url"},
)

# Route decorators: `<app>.<method>(...)` where `<app>` was created by one of these factories.
ROUTE_FACTORIES: dict[str, str] = {
    "fastapi.FastAPI": "fastapi",
    "fastapi.APIRouter": "fastapi",
    "fastapi.routing.APIRouter": "fastapi",
    "flask.Flask": "flask",
    "flask.Blueprint": "flask",
    "flask.blueprints.Blueprint": "flask",
    "quart.Quart": "flask",
    "quart.Blueprint": "flask",
    "starlette.applications.Starlette": "fastapi",
}
ROUTE_METHODS = frozenset(
    {
        "get",
        "post",
        "put",
        "patch",
        "delete",
        "head",
        "options",
        "route",
        "api_route",
        "websocket",
        "api_view",
    }
)
# Django URLconf entries: their view argument is routed (so its parameters are URL data).
URLCONF_FUNCTIONS = frozenset({"django.urls.path", "django.urls.re_path", "django.conf.urls.url"})
# Django `path()` converters whose values cannot carry an injection (`slug` is `[-a-zA-Z0-9_]+`).
SAFE_DJANGO_CONVERTERS = frozenset({"int", "uuid", "slug"})
# Decorators that make a plain function a view whose parameters are request data.
VIEW_DECORATORS = frozenset(
    {
        "rest_framework.decorators.api_view",
        "django.views.decorators.http.require_http_methods",
        "django.views.decorators.http.require_GET",
        "django.views.decorators.http.require_POST",
        "django.views.decorators.http.require_safe",
    }
)
# Parameter annotations (or `Depends`-style defaults) that are not request data.
NON_DATA_ANNOTATIONS = frozenset(
    {
        "fastapi.BackgroundTasks",
        "fastapi.Response",
        "starlette.responses.Response",
        "sqlalchemy.orm.Session",
        "sqlalchemy.ext.asyncio.AsyncSession",
        "fastapi.security.HTTPAuthorizationCredentials",
        "strawberry.Info",
        "strawberry.types.Info",
        "graphql.GraphQLResolveInfo",
        "graphql.type.definition.GraphQLResolveInfo",
    }
)
NON_DATA_DEFAULTS = frozenset({"fastapi.Depends", "fastapi.Security", "fastapi.params.Depends"})
# Annotations that convert the value: a parameter declared `int` cannot carry an injection.
CONVERTING_ANNOTATIONS = frozenset(
    {
        "builtins.int",
        "builtins.float",
        "builtins.bool",
        "uuid.UUID",
        "datetime.date",
        "datetime.datetime",
        "decimal.Decimal",
        "pydantic.PositiveInt",
        "pydantic.conint",
    }
)
# ... as do `Literal[...]` annotations and enumerations (a parameter declared with a project class
# deriving from one of these accepts only its members).
LITERAL_ANNOTATIONS = frozenset({"typing.Literal", "typing_extensions.Literal"})
ANNOTATED = frozenset({"typing.Annotated", "typing_extensions.Annotated"})  # `Annotated[T, ...]`
ENUM_BASES = frozenset(
    {"enum.Enum", "enum.IntEnum", "enum.StrEnum", "enum.Flag", "enum.IntFlag", "enum.ReprEnum"}
)
# Flask / Werkzeug URL converters that do the same.
CONVERTING_ROUTE_CONVERTERS = frozenset({"int", "float", "uuid"})

# GraphQL: resolver arguments are client input.
GRAPHQL_RESOLVER_DECORATORS = frozenset(
    {
        "strawberry.field",
        "strawberry.mutation",
        "strawberry.type.field",
        "strawberry_django.field",
        "strawberry_django.mutation",
    }
)
GRAPHQL_OBJECT_BASES = frozenset(
    {"graphene.ObjectType", "graphene.Mutation", "graphene.types.objecttype.ObjectType"}
)
ARIADNE_FACTORIES = frozenset(
    {"ariadne.QueryType", "ariadne.MutationType", "ariadne.ObjectType", "ariadne.SubscriptionType"}
)
ARIADNE_FIELD_METHODS = frozenset({"field", "source"})  # `@query.field("name")`
