"""Routes and how tests reach them: data for REL120 (untested endpoints).

Route declarations (Django URLconfs, DRF routers, Flask and FastAPI decorators) and the ways a
test names a route (a URL string, `reverse("name")`, `url_for("endpoint")`).
"""

from __future__ import annotations

import re

# Django URLconf entries: qualified name -> True when the pattern is a regular expression.
DJANGO_ROUTE_FUNCTIONS: dict[str, bool] = {
    "django.urls.path": False,
    "django.urls.re_path": True,
    "django.urls.conf.path": False,
    "django.urls.conf.re_path": True,
    "django.conf.urls.url": True,
}
DJANGO_INCLUDE = frozenset(
    {"django.urls.include", "django.urls.conf.include", "django.conf.urls.include"}
)
URLPATTERNS = "urlpatterns"
# `path("admin/", admin.site.urls)`, `path("api/", api.urls)` (django-ninja): a tree of routes.
URL_TREES = frozenset({"urls"})
APP_NAME = "app_name"

# DRF routers: `router.register(prefix, ViewSet, basename=...)` adds a list and a detail route.
DRF_ROUTERS = frozenset(
    {
        "rest_framework.routers.DefaultRouter",
        "rest_framework.routers.SimpleRouter",
        "rest_framework_nested.routers.NestedSimpleRouter",
    }
)
DRF_REGISTER = "register"
DRF_ROUTES = (("", "list"), ("<pk>/", "detail"))  # (suffix after the prefix, name suffix)

# Flask / FastAPI application and router constructors -> (framework, prefix keyword).
ROUTER_FACTORIES: dict[str, tuple[str, str]] = {
    "flask.Flask": ("flask", ""),
    "flask.app.Flask": ("flask", ""),
    "flask.Blueprint": ("flask", "url_prefix"),
    "flask.blueprints.Blueprint": ("flask", "url_prefix"),
    "quart.Quart": ("flask", ""),
    "quart.Blueprint": ("flask", "url_prefix"),
    "fastapi.FastAPI": ("fastapi", ""),
    "fastapi.applications.FastAPI": ("fastapi", ""),
    "fastapi.APIRouter": ("fastapi", "prefix"),
    "fastapi.routing.APIRouter": ("fastapi", "prefix"),
}
# Blueprints are named by their first argument: Flask endpoints are "<blueprint>.<function>".
NAMED_GROUPS = frozenset({"flask.Blueprint", "flask.blueprints.Blueprint", "quart.Blueprint"})
ROUTE_METHODS = frozenset(
    {"route", "api_route", "get", "post", "put", "patch", "delete", "head", "options", "websocket"}
)

# Mounting a router or blueprint under another: method -> (prefix keyword, whether the prefix
# replaces the mounted object's own one). FastAPI adds `include_router(prefix=)` before the
# router's `APIRouter(prefix=)`; Flask's `register_blueprint(url_prefix=)` overrides the
# blueprint's `Blueprint(url_prefix=)`.
GROUP_MOUNTS: dict[str, tuple[str, bool]] = {
    "include_router": ("prefix", False),
    "register_blueprint": ("url_prefix", True),
}
# `app.add_url_rule("/notes/", view_func=NoteList.as_view("note_list"))` (Flask, Quart).
ADD_URL_RULE = "add_url_rule"
CLASS_VIEW_FACTORY = "as_view"

# DRF extra actions: `@action(detail=True, methods=["post"])` adds `<prefix>/<pk>/<url_path>/`
# named `<basename>-<url_name>`; `url_path` defaults to the method name, `url_name` to the
# method name with dashes.
DRF_ACTION_DECORATORS = frozenset(
    {"rest_framework.decorators.action", "rest_framework.decorators.base.action"}
)
DRF_DETAIL_SEGMENT = "<pk>/"

# HTTP methods: a route declared with `@router.delete(...)` serves DELETE only, and a test's
# `client.get("/items/7")` requests GET only.
HTTP_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "options"})
GET, HEAD = "get", "head"

# How tests name a route instead of spelling its URL.
URL_REVERSERS = frozenset(
    {
        "django.urls.reverse",
        "django.urls.reverse_lazy",
        "django.urls.base.reverse",
        "django.shortcuts.resolve_url",
        "rest_framework.reverse.reverse",
        "flask.url_for",
        "flask.helpers.url_for",
        "quart.url_for",
    }
)
# Methods that build a URL from a route name (`app.url_path_for("get_item")`).
URL_NAME_METHODS = frozenset({"url_path_for", "url_for"})
# Test clients send requests to this host: `http://testserver/orders/` is `/orders/`.
TEST_HOSTS = ("http://testserver", "http://localhost", "http://test", "https://testserver")
# Test modules by file name or directory (they count when they define a `test*` function).
TEST_MODULE = re.compile(r"test_\w*\.py|\w+_test\.py|tests\.py")
TEST_DIRECTORY = "tests"
