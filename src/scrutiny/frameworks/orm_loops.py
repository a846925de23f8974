"""Which ORM calls run a query or write a row each time they run, and what serves in bulk.

Data for the loop and evaluation rules DB102-DB105 (query in loop, save in loop, unbounded query,
wasteful evaluation). Queryset shapes (what a chain starts from, whether it is sliced) come from
`scrutiny.orm.querysets`; this module only says what one call costs. Qualified names are resolved
through imports.
"""

from __future__ import annotations

# -- Django ---------------------------------------------------------------------------------
# QuerySet / Manager methods that run one query right away: method -> what serves for many rows.
DJANGO_QUERY_METHODS: dict[str, str] = {
    "get": "in_bulk",
    "first": "in_bulk",
    "last": "in_bulk",
    "latest": "in_bulk",
    "earliest": "in_bulk",
    "count": "annotate",
    "exists": "values_list",
    "aggregate": "annotate",
    "in_bulk": "in_bulk",
    "contains": "values_list",
}
# QuerySet / Manager methods that write: method -> the bulk operation that serves.
DJANGO_WRITE_METHODS: dict[str, str] = {
    "create": "bulk_create",
    "get_or_create": "bulk_create",
    "update_or_create": "bulk_create",
    "update": "bulk_update",
}
# Instance methods that write one row (`book.save()`); `save(commit=False)` (forms) does not.
DJANGO_INSTANCE_WRITES = frozenset({"save"})
NO_WRITE_KEYWORDS = frozenset({"commit"})
# Keywords of `Model.save()` itself; any other keyword (`save(user=request.user)`) is a project
# override, which a bulk operation would skip.
MODEL_SAVE_KEYWORDS = frozenset({"update_fields", "using", "force_insert", "force_update"})
# Names of things with a `save()` that are not model rows (forms, panels, serializers, files).
NOT_ROW_WORDS = ("form", "panel", "serializer", "file", "image", "img", "storage", "workbook")
# Loops over chunks are batching already: one query per chunk is the fix, not the problem.
BATCH_WORDS = ("chunk", "batch")
# Calls that write many rows at once: a branch using one makes a per-row sibling deliberate.
BULK_METHODS = frozenset(
    {"bulk_create", "bulk_update", "update", "add_all", "bulk_save_objects", "executemany"}
)
# Shortcuts that run one query.
DJANGO_QUERY_FUNCTIONS: dict[str, str] = {
    "django.shortcuts.get_object_or_404": "get_object_or_404",
}
# The default manager: a chain through it is a queryset whatever the class.
DJANGO_MANAGER = "objects"
# Chain methods that narrow a queryset to a bounded number of rows.
DJANGO_BOUNDING_METHODS = frozenset(
    {"get", "first", "last", "latest", "earliest", "exists", "count"}
)
# Queryset methods that keep whole rows (a chain through `values()` fetches columns only).
DJANGO_COLUMN_METHODS = frozenset({"values", "values_list", "only", "defer"})
# Methods that hand a queryset to a paginator (the page is the bound).
PAGINATORS = frozenset(
    {
        "django.core.paginator.Paginator",
        "rest_framework.pagination.PageNumberPagination",
        "rest_framework.pagination.LimitOffsetPagination",
        "rest_framework.pagination.CursorPagination",
    }
)
PAGINATE_METHODS = frozenset({"paginate_queryset", "get_page", "page", "paginate"})
# Class views whose list is paginated by a class attribute: base -> the attribute.
DJANGO_LIST_VIEWS: dict[str, str] = {
    "django.views.generic.ListView": "paginate_by",
    "django.views.generic.list.ListView": "paginate_by",
    "django.views.generic.list.BaseListView": "paginate_by",
    "django.views.generic.list.MultipleObjectMixin": "paginate_by",
}
DRF_LIST_VIEWS = frozenset(
    {
        "rest_framework.generics.ListAPIView",
        "rest_framework.generics.ListCreateAPIView",
        "rest_framework.viewsets.ModelViewSet",
        "rest_framework.viewsets.ReadOnlyModelViewSet",
        "rest_framework.mixins.ListModelMixin",
    }
)
DRF_PAGINATION_ATTRIBUTE = "pagination_class"
DRF_SETTINGS = "REST_FRAMEWORK"
DRF_DEFAULT_PAGINATION = "DEFAULT_PAGINATION_CLASS"
# DRF serializers: `Serializer(qs, many=True)` serializes every row of `qs`.
SERIALIZER_PACKAGES = ("rest_framework.serializers.", "rest_framework.")
SERIALIZER_MANY = "many"
# `likes = SerializerMethodField()` runs `get_likes(obj)` once per serialized object.
SERIALIZER_METHOD_FIELD = "SerializerMethodField"
# Responses and renders whose content is every row of a queryset handed to them.
DJANGO_RENDERS = frozenset(
    {
        "django.shortcuts.render",
        "django.template.response.TemplateResponse",
        "django.http.JsonResponse",
        "rest_framework.response.Response",
    }
)
# Decorators that memoize a function: it queries once per argument, not once per call.
CACHING_DECORATORS = frozenset(
    {
        "functools.lru_cache",
        "functools.cache",
        "functools.cached_property",
        "django.utils.functional.cached_property",
        "cachetools.cached",
        "cachetools.func.ttl_cache",
        "cachetools.func.lru_cache",
    }
)

# -- SQLAlchemy -----------------------------------------------------------------------------
# Session methods that run a query: method -> what the fix calls.
SESSION_QUERY_METHODS = frozenset({"get", "get_one", "execute", "scalar", "scalars"})
# Session methods that stage or send writes.
SESSION_ADD_METHODS = frozenset({"add", "add_all", "merge", "delete"})
SESSION_FLUSH_METHODS = frozenset({"commit", "flush"})
# `session.query(M)...<terminal>()` and `M.query...<terminal>()` (Flask-SQLAlchemy) run a query.
QUERY_TERMINALS = frozenset(
    {
        "first",
        "one",
        "one_or_none",
        "all",
        "count",
        "scalar",
        "get",
        "exists",
        "get_or_404",
        "first_or_404",
        "one_or_404",
    }
)
QUERY_BOUNDING = frozenset(
    {
        "limit",
        "slice",
        "first",
        "one",
        "one_or_none",
        "get",
        "scalar",
        "count",
        "get_or_404",
        "first_or_404",
        "one_or_404",
        "paginate",
        "fetch",
        "offset",
    }
)
# Statement constructors: qualified name -> what running one does.
STATEMENTS: dict[str, str] = {
    "sqlalchemy.select": "query",
    "sqlalchemy.sql.select": "query",
    "sqlalchemy.sql.expression.select": "query",
    "sqlalchemy.future.select": "query",
    "sqlmodel.select": "query",
    "sqlalchemy.insert": "save",
    "sqlalchemy.sql.insert": "save",
    "sqlalchemy.update": "save",
    "sqlalchemy.sql.update": "save",
    "sqlalchemy.delete": "save",
    "sqlalchemy.sql.delete": "save",
    "sqlalchemy.dialects.postgresql.insert": "save",
    "sqlalchemy.dialects.sqlite.insert": "save",
    "sqlalchemy.dialects.mysql.insert": "save",
}
# Result methods that load every row of an executed statement.
RESULT_ALL = frozenset({"all", "fetchall"})
# Types whose instances are sessions (annotations, constructors, `with Session(engine) as s`).
SESSION_TYPES = frozenset(
    {
        "sqlalchemy.orm.Session",
        "sqlalchemy.orm.session.Session",
        "sqlalchemy.orm.scoped_session",
        "sqlalchemy.ext.asyncio.AsyncSession",
        "sqlalchemy.ext.asyncio.session.AsyncSession",
        "sqlmodel.Session",
        "sqlmodel.ext.asyncio.session.AsyncSession",
    }
)
# A name holding this word (`session`, `db_session`, `db.session`) is a session in a module that
# imports SQLAlchemy; `request.session` (Django, Flask) never is.
SESSION_WORD = "session"
NOT_SESSION_OWNERS = frozenset({"request", "flask", "self.request"})
# Packages whose import marks a module as using an ORM at all (the cheap early exit).
ORM_PACKAGES = frozenset(
    {"django", "rest_framework", "sqlalchemy", "sqlmodel", "flask_sqlalchemy", "ninja"}
)
SQLALCHEMY_PACKAGES = frozenset({"sqlalchemy", "sqlmodel", "flask_sqlalchemy"})
# Modules projects keep their models in: importing from one marks a module as using the ORM.
MODEL_MODULES = frozenset({"models", "db", "database", "orm", "tables"})
# Source text that marks a module as using the ORM without importing it.
ORM_SOURCE_MARKERS = (".objects", ".query", "session.", ".save(")
# Flask-SQLAlchemy's session attribute: a session whatever the module imports.
SESSION_ATTRIBUTES = frozenset({"db.session"})

# -- request handlers -----------------------------------------------------------------------
# Route decorators (`@app.get(...)`, `@router.get(...)`, `@bp.route(...)`) by method name.
ROUTE_DECORATORS = frozenset({"get", "route", "api_route"})
WRITE_ROUTE_DECORATORS = frozenset({"post", "put", "patch", "delete"})
DRF_API_VIEW = frozenset({"rest_framework.decorators.api_view", "rest_framework.decorators.action"})
# Decorators only views carry.
VIEW_DECORATORS = frozenset(
    {
        "django.views.decorators.http.require_GET",
        "django.views.decorators.http.require_safe",
        "django.views.decorators.http.require_http_methods",
        "django.views.decorators.http.require_POST",
        "django.contrib.auth.decorators.login_required",
        "django.contrib.auth.decorators.permission_required",
        "django.contrib.admin.views.decorators.staff_member_required",
        "django.views.decorators.cache.cache_page",
        "django.views.decorators.csrf.csrf_exempt",
    }
)
# A module-level function whose first parameter is named so is a Django function view.
REQUEST_PARAMETERS = frozenset({"request"})
# Class views: bases (by package) whose methods handle requests.
VIEW_PACKAGES = ("django.views.", "rest_framework.", "django.contrib.admin.")
VIEW_HANDLER_METHODS = frozenset({"get", "list", "retrieve", "post", "put", "patch", "delete"})
LIST_HANDLER_METHODS = frozenset({"get", "list"})
