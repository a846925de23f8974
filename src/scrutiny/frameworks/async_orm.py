"""The synchronous ORM APIs and their async counterparts: data for ASY102 (sync ORM in `async def`).

Django: a manager or queryset method either builds a new lazy queryset (`filter`), or runs SQL
(`count`); each SQL-running method has an awaitable `a`-prefixed twin since Django 4.1 (4.2 for
`asave`/`adelete`). SQLAlchemy: a `Session`'s I/O methods have awaitable twins on `AsyncSession`.
"""

from __future__ import annotations

from scrutiny.frameworks import orm_apis

# -- Django ------------------------------------------------------------------------------------
# A file importing from this package may use `X.objects` on classes it cannot resolve.
DJANGO_PACKAGE = "django"
# Manager / QuerySet methods that return a new lazy queryset: building one runs no SQL.
DJANGO_LAZY_METHODS = frozenset(
    {
        "all",
        "filter",
        "exclude",
        "order_by",
        "select_related",
        "prefetch_related",
        "annotate",
        "alias",
        "values",
        "values_list",
        "distinct",
        "only",
        "defer",
        "using",
        "select_for_update",
        "reverse",
        "none",
        "union",
        "intersection",
        "difference",
        "extra",
        "dates",
        "datetimes",
        "complex_filter",
    }
)
# Manager / QuerySet methods that run SQL, with the awaitable method to use instead.
DJANGO_EVALUATING_METHODS: dict[str, str] = {
    "get": "aget",
    "first": "afirst",
    "last": "alast",
    "count": "acount",
    "exists": "aexists",
    "contains": "acontains",
    "aggregate": "aaggregate",
    "in_bulk": "ain_bulk",
    "latest": "alatest",
    "earliest": "aearliest",
    "create": "acreate",
    "get_or_create": "aget_or_create",
    "update_or_create": "aupdate_or_create",
    "bulk_create": "abulk_create",
    "bulk_update": "abulk_update",
    "update": "aupdate",
    "delete": "adelete",
    "iterator": "aiterator",
    "explain": "aexplain",
}
# Awaitable queryset methods that return a model instance (`obj = await Book.objects.aget(...)`).
DJANGO_ASYNC_INSTANCE_METHODS = frozenset(
    {"aget", "afirst", "alast", "alatest", "aearliest", "acreate"}
)
# Awaitable fetches of one instance whose related objects are loaded only if joined.
DJANGO_ASYNC_FETCH_METHODS = frozenset({"aget", "afirst", "alast", "alatest", "aearliest"})
# Queryset methods that load relations with the rows (their arguments are lookup paths).
DJANGO_EAGER_METHODS = frozenset({"select_related", "prefetch_related"})
# `book.author_id` reads the column, `book.pk` the key: no query.
DJANGO_ID_SUFFIX = "_id"
DJANGO_NO_QUERY_ATTRIBUTES = frozenset({"pk", "id", "objects", "DoesNotExist"})
# An async Django view's request: `request.user` loads the user (session + query) lazily, which
# raises SynchronousOnlyOperation in async code; Django 5.0+ has `await request.auser()`.
DJANGO_REQUEST_PARAMETER = "request"
DJANGO_REQUEST_LAZY_ATTRIBUTES: dict[str, str] = {"user": "user = await request.auser()"}
# Sync queryset methods that return a model instance.
DJANGO_INSTANCE_METHODS = frozenset({"get", "first", "last", "latest", "earliest", "create"})
# Model instance methods that run SQL, with their awaitable twins (Django 4.2+).
DJANGO_MODEL_METHODS: dict[str, str] = {
    "save": "asave",
    "delete": "adelete",
    "refresh_from_db": "arefresh_from_db",
}
# The attribute every Django model has: `Book.objects` is a manager.
DJANGO_DEFAULT_MANAGER = "objects"
# Calls returning the user model class (`get_user_model().objects`).
DJANGO_USER_MODEL_CALLS = frozenset(
    {"django.contrib.auth.get_user_model", "django.contrib.auth.models.get_user_model"}
)
# Bases that make a class a Django model (a project class whose bases reach one of these).
DJANGO_MODEL_BASES = orm_apis.DJANGO_MODEL_BASES
# Shortcuts that run a query (`get_object_or_404(Book, pk=pk)`), with the async code to use;
# `{model}` is the shortcut's first argument.
DJANGO_QUERY_SHORTCUTS: dict[str, str] = {
    "django.shortcuts.get_object_or_404": "await {model}.objects.aget(...)",
    "django.shortcuts.get_list_or_404": "[obj async for obj in {model}.objects.filter(...)]",
}
# Modules whose capitalized names are Django models (`from django.contrib.auth.models import User`).
DJANGO_MODEL_MODULE_SUFFIX = ".models"
# Builtins that evaluate an iterable (a queryset) right away.
EVALUATING_BUILTINS = frozenset(
    {
        "builtins.list",
        "builtins.tuple",
        "builtins.set",
        "builtins.frozenset",
        "builtins.dict",
        "builtins.len",
        "builtins.bool",
        "builtins.sorted",
        "builtins.sum",
        "builtins.min",
        "builtins.max",
        "builtins.any",
        "builtins.all",
        "builtins.enumerate",
        "builtins.zip",
        "builtins.next",
    }
)

# -- SQLAlchemy --------------------------------------------------------------------------------
# Synchronous session classes (a parameter annotated with one, or a session built from one).
SQLALCHEMY_SYNC_SESSIONS = frozenset(
    {
        "sqlalchemy.orm.Session",
        "sqlalchemy.orm.session.Session",
        "sqlmodel.Session",
        "sqlmodel.orm.session.Session",
    }
)
# Factories of synchronous sessions (`SessionLocal = sessionmaker(bind=engine)`).
SQLALCHEMY_SYNC_FACTORIES = frozenset(
    {
        "sqlalchemy.orm.sessionmaker",
        "sqlalchemy.orm.session.sessionmaker",
        "sqlalchemy.orm.scoped_session",
        "sqlalchemy.orm.scoping.scoped_session",
    }
)
# A `sessionmaker(class_=AsyncSession)` makes async sessions.
SQLALCHEMY_ASYNC_SESSIONS = frozenset(
    {"sqlalchemy.ext.asyncio.AsyncSession", "sqlmodel.ext.asyncio.session.AsyncSession"}
)
# `Annotated[Session, Depends(get_db)]`: the annotation wrappers to look through.
ANNOTATED = frozenset({"typing.Annotated", "typing_extensions.Annotated"})
# Session methods that talk to the database, with the AsyncSession way to do the same.
SQLALCHEMY_SESSION_IO: dict[str, str] = {
    "execute": "await session.execute(...)",
    "scalars": "await session.scalars(...)",
    "scalar": "await session.scalar(...)",
    "get": "await session.get(...)",
    "get_one": "await session.get_one(...)",
    "commit": "await session.commit()",
    "flush": "await session.flush()",
    "refresh": "await session.refresh(...)",
    "merge": "await session.merge(...)",
    "rollback": "await session.rollback()",
    "query": "await session.execute(select(...))",
    "exec": "await session.exec(...)",  # SQLModel
}
# Every method name the extraction looks at (a cheap first test on each call).
ORM_METHOD_NAMES = (
    DJANGO_LAZY_METHODS
    | DJANGO_EVALUATING_METHODS.keys()
    | DJANGO_MODEL_METHODS.keys()
    | SQLALCHEMY_SESSION_IO.keys()
)
