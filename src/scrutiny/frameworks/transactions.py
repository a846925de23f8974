"""Transactions: what opens one, what writes to the database, and what must wait for the commit.

Data for the reliability rules REL115-REL117 (writes without a transaction, side effects inside a
transaction, `select_for_update` outside one). Qualified names are resolved through imports.
"""

from __future__ import annotations

# Context managers and decorators that open a transaction (Django).
ATOMIC = frozenset(
    {
        "django.db.transaction.atomic",
        "django.db.transaction.Atomic",
    }
)
# A `with` call whose name holds one of these words opens a transaction too: project helpers
# around `atomic()` (`with rolledback_transaction():`, `with atomic_with_retry():`).
TRANSACTION_WORDS = ("atomic", "transaction")
# Calls that defer a callable until the surrounding transaction commits.
ON_COMMIT = frozenset({"django.db.transaction.on_commit"})
# `method_decorator(transaction.atomic, name="dispatch")` on a class view.
METHOD_DECORATORS = frozenset({"django.utils.decorators.method_decorator"})
# Methods that open a transaction on a SQLAlchemy session, connection or engine:
# `with session.begin():`, `async with engine.begin() as conn:`.
BEGIN_METHODS = frozenset({"begin", "begin_nested"})
# The Django database setting that wraps every view in a transaction.
ATOMIC_REQUESTS = "ATOMIC_REQUESTS"

# -- database writes ---------------------------------------------------------------------------
# Django queryset / manager methods that write; counted on a queryset-like receiver
# (`Model.objects.create`, `Order.objects.filter(...).update`, `order.lines.create`).
QUERYSET_WRITES = frozenset({"create", "update", "delete"})
# Names distinctive enough to count on any receiver in a module that uses Django.
DISTINCT_WRITES = frozenset(
    {
        "bulk_create",
        "bulk_update",
        "get_or_create",
        "update_or_create",
        "create_user",
        "create_superuser",
    }
)
# Instance writes: `order.save()`, `serializer.save()`, `order.delete()` (no positional argument;
# `storage.save(name, content)`, `cache.delete(key)` and `image.save(path)` take one).
INSTANCE_WRITES = frozenset({"save", "delete"})
# A receiver chain that goes through one of these is a queryset or manager.
QUERYSET_LINKS = frozenset(
    {
        "objects",
        "filter",
        "exclude",
        "all",
        "select_related",
        "prefetch_related",
        "select_for_update",
        "using",
        "order_by",
        "annotate",
    }
)
# A Django manager: `Model.objects...` counts even in a module that does not import Django.
MANAGER = "objects"
# SQLAlchemy `session.query(Model).filter(...).delete()` runs in the session's transaction.
SQLALCHEMY_LINKS = frozenset({"query", "session", "execute", "scalars"})
# `form.save(commit=False)` builds an instance without writing it.
# `image.save(fp=buffer, format="PNG")` (Pillow) is a file write, not a database write.
NO_WRITE_KEYWORDS = frozenset({"commit", "fp", "format", "quality"})
# SQLAlchemy: a receiver whose last name contains this word is a session (`db.session`).
SESSION_WORD = "session"
SESSION_COMMIT = "commit"
# Functions that are part of the ORM's own write path: overriding them is not a handler.
ORM_OVERRIDES = frozenset(
    {"save", "delete", "create", "update", "save_model", "delete_model", "bulk_create"}
)
# Signals Django sends inside its own transaction (the deletion collector, m2m add/remove):
# their receivers' writes are atomic with the operation.
SIGNAL_RECEIVERS = frozenset({"django.dispatch.receiver", "django.dispatch.dispatcher.receiver"})
TRANSACTIONAL_SIGNALS = frozenset(
    {
        "django.db.models.signals.pre_delete",
        "django.db.models.signals.post_delete",
        "django.db.models.signals.m2m_changed",
    }
)
# Top-level packages whose import marks a module as using the Django ORM.
DJANGO_PACKAGES = frozenset({"django", "rest_framework"})

# -- side effects that cannot be rolled back ----------------------------------------------------
# Functions and constructors that call out of the process: qualified name -> what it is.
SIDE_EFFECT_CALLS: dict[str, str] = {
    **{
        f"requests.{verb}": "an HTTP request"
        for verb in ("get", "post", "put", "patch", "delete", "head", "options", "request")
    },
    **{
        f"httpx.{verb}": "an HTTP request"
        for verb in (
            "get",
            "post",
            "put",
            "patch",
            "delete",
            "head",
            "options",
            "request",
            "stream",
        )
    },
    "urllib.request.urlopen": "an HTTP request",
    "django.core.mail.send_mail": "an email",
    "django.core.mail.send_mass_mail": "an email",
    "django.core.mail.mail_admins": "an email",
    "django.core.mail.mail_managers": "an email",
    "smtplib.SMTP.sendmail": "an email",
    "celery.current_app.send_task": "a task message",
}
# Methods whose receiver was created by one of these factories: factory -> (methods, what).
SIDE_EFFECT_RECEIVERS: dict[str, tuple[frozenset[str], str]] = {
    "django.core.mail.EmailMessage": (frozenset({"send"}), "an email"),
    "django.core.mail.EmailMultiAlternatives": (frozenset({"send"}), "an email"),
    "django.core.mail.message.EmailMessage": (frozenset({"send"}), "an email"),
    "requests.Session": (
        frozenset({"get", "post", "put", "patch", "delete", "request"}),
        "an HTTP request",
    ),
    "requests.session": (
        frozenset({"get", "post", "put", "patch", "delete", "request"}),
        "an HTTP request",
    ),
    "httpx.Client": (
        frozenset({"get", "post", "put", "patch", "delete", "request"}),
        "an HTTP request",
    ),
    "httpx.AsyncClient": (
        frozenset({"get", "post", "put", "patch", "delete", "request"}),
        "an HTTP request",
    ),
    "boto3.client": (
        frozenset({"send_message", "send_message_batch", "publish", "put_events", "put_record"}),
        "a message to AWS",
    ),
    "celery.Celery": (frozenset({"send_task"}), "a task message"),
    "kombu.Producer": (frozenset({"publish"}), "a queue message"),
}
# Method names that publish whatever the receiver is: Celery tasks and pika channels.
SIDE_EFFECT_METHODS: dict[str, str] = {
    "delay": "a Celery task",
    "apply_async": "a Celery task",
    "send_task": "a task message",
    "basic_publish": "a queue message",
}

# -- row locks -------------------------------------------------------------------------------
SELECT_FOR_UPDATE = "select_for_update"
# Methods that evaluate a queryset right away.
EVALUATING_METHODS = frozenset(
    {
        "get",
        "first",
        "last",
        "count",
        "exists",
        "update",
        "delete",
        "get_or_create",
        "earliest",
        "latest",
        "aggregate",
        "in_bulk",
    }
)
# Class view methods that handle a request (Django CBVs, DRF views and viewsets).
VIEW_METHODS = frozenset(
    {
        "get",
        "post",
        "put",
        "patch",
        "delete",
        "dispatch",
        "form_valid",
        "perform_create",
        "perform_update",
        "perform_destroy",
        "create",
        "update",
        "partial_update",
        "destroy",
        "list",
        "retrieve",
    }
)
# Route decorators (`@app.post(...)`, `@router.put(...)`, `@bp.route(...)`).
ROUTE_DECORATORS = frozenset(
    {"get", "post", "put", "patch", "delete", "route", "api_route", "api_view"}
)
# `@app.task(base=TransactionAwareTask)`: the task class decides how it is published.
TASK_BASE_KEYWORD = "base"
# Method names too common to match a call on an object of unknown type to a project method.
GENERIC_METHODS = VIEW_METHODS | ORM_OVERRIDES | {"save", "run", "handle", "process", "execute"}
