"""# The same query with the same parameters runs again in one request

## What it does
Reported by the runtime review (`pytest --scrutiny`, the development middleware, `scrutiny
profile`), not by the static check: within one test or one request, a read statement (SELECT)
ran two or more times with identical SQL and identical parameters. The finding sits on the line
of the first run and lists the lines that ran it again. Repeats that are already part of an N+1
(DB101) at the same line are not counted twice.

## Why it matters
Every repeat is a round trip to the database that returns what the application already had:
latency added to the request, load added to the database, and often a sign of code that lost
track of an object (`request.user.profile` re-fetched in every template tag, a permission check
that reloads the same row, `queryset.exists()` followed by iterating the same queryset).

## Example
```python
def order_detail(request, pk):
    if not Order.objects.filter(pk=pk, customer=request.user).exists():   # query 1
        raise Http404
    order = Order.objects.get(pk=pk, customer=request.user)               # same row again
    total = Order.objects.get(pk=pk, customer=request.user).total()       # and again
```

## Use instead
```python
def order_detail(request, pk):
    order = get_object_or_404(Order, pk=pk, customer=request.user)        # one query
    total = order.total()
```

## Alternatives and trade-offs
- Keep the object in a variable and pass it down; in templates, `{% with %}` or compute it in
  the view. This is free and almost always the fix.
- `functools.cached_property` on the model or service for values derived from a query, or
  Django's `cached_property` for per-instance caches; they live as long as the instance.
- A per-request cache (a dict on the request, `contextvars`) for lookups made from unrelated
  places in one request; a shared cache (Redis, `django.core.cache`) only when the data may be
  stale for a while: invalidation is the cost.
- Repeats in tests that really re-read on purpose (checking that a write was persisted) can be
  allowed with `scrutiny_allow_sites` or `# noqa: DB107` on the line.

## Libraries
`django-debug-toolbar` (SQL panel marks "similar" and "duplicated" queries), `nplusone`,
`zeal`, `django-silk`, `django-query-counter`, `sqlalchemy` identity map (`session.get()` returns
an already-loaded row without a query).

## References
- https://docs.djangoproject.com/en/stable/topics/db/optimization/
- https://django-debug-toolbar.readthedocs.io/en/latest/panels.html#sql
- https://docs.sqlalchemy.org/en/20/orm/session_basics.html#get-by-primary-key
"""

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule

RULE = Rule(
    code="DB107",
    name="duplicate-query",
    severity=Severity.LOW,
    confidence=Confidence.HIGH,
    cwe=(1073,),
    doc=__doc__ or "",
    runtime=True,
)
