"""# Object fetched by a client-chosen id without checking its owner

## What it does
Finds views that look up an object by an id taken from the request (a URL kwarg, a path
parameter, a query parameter) and never tie it to the current user, **when the same model is
filtered by its owner somewhere else in the project**: that other query is the evidence that the
model's records belong to users. Recognized lookups: `Order.objects.get(pk=pk)`,
`Order.objects.filter(id=order_id).first()`, `get_object_or_404(Order, id=order_id)`,
`session.get(Order, order_id)`, `db.query(Order).filter(Order.id == order_id).first()`,
`Order.query.get_or_404(order_id)`, and a DRF `get_queryset()` that returns
`Order.objects.all()`. The lookup is fine when it also filters by owner (`user=request.user`,
`customer__user=request.user`, `Order.user_id == current_user.id`), when the view checks the
owner afterwards (`if order.user != request.user: raise PermissionDenied`), hands the object and
the current user to a helper named for the check (`ensure_owner(order, request.user)`), calls
`check_object_permissions` / `has_perm` / `get_object()`, or is reserved to staff
(`@permission_required`, `@staff_member_required`, `is_staff`). Lookups through the user's own
related manager (`request.user.orders.get(pk=pk)`) are scoped by construction. The message
names the place that filters the model by owner.

## Why it matters
Insecure direct object references (IDOR, CWE-639) are the most common access-control bug in
APIs: every logged-in user can read or change every other user's orders, invoices or messages
just by changing a number in the URL. Authentication does not help; only scoping the lookup to
the user does.

## Example
```python
@login_required
def order_detail(request, pk):
    order = get_object_or_404(Order, pk=pk)        # any user's order
    return render(request, "orders/detail.html", {"order": order})

@login_required
def order_list(request):
    orders = Order.objects.filter(user=request.user)   # elsewhere: orders belong to users
    ...
```

## Use instead
```python
@login_required
def order_detail(request, pk):
    order = get_object_or_404(Order, pk=pk, user=request.user)   # 404 for other users' orders
    return render(request, "orders/detail.html", {"order": order})
```
In DRF, scope the queryset so `get_object()` can only find the user's records:
```python
class OrderViewSet(viewsets.ModelViewSet):
    serializer_class = OrderSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return Order.objects.filter(user=self.request.user)
```
SQLAlchemy: `db.query(Order).filter(Order.id == order_id, Order.user_id == user.id).first()`.

## Alternatives and trade-offs
- **Scope the query** (above): one line, returns 404 rather than 403 so ids of other users'
  records are not confirmed. Preferred.
- **Check after fetching** (`if order.user_id != request.user.id: raise PermissionDenied`): fine,
  but easy to forget in one of several views; a shared helper (`get_user_order(user, pk)`) keeps
  it in one place.
- **Object permissions** (DRF `has_object_permission`, `django-guardian`, `django-rules`) suit
  shared objects (teams, roles); they cost a query or a rule per check.
- **Unguessable ids** (UUIDs) make enumeration harder but are not access control: ids leak in
  logs, referrers and shared links.

## Libraries
`django-guardian`, `django-rules`, `drf-access-policy`, `dry-rest-permissions`, `sqlalchemy`
(`with_loader_criteria` for tenant scoping), `fastapi-users`.

## References
- https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/
- https://cheatsheetseries.owasp.org/cheatsheets/Insecure_Direct_Object_Reference_Prevention_Cheat_Sheet.html
- https://www.django-rest-framework.org/api-guide/permissions/#object-level-permissions
- https://cwe.mitre.org/data/definitions/639.html
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._endpoints import Facts, extract
from ._ownership import Fetch, OwnerFilter
from ._views import Project


def collect(file: FileContext) -> Facts | None:
    return extract(file)


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    project = Project.of(index, facts)
    owners: dict[str, list[OwnerFilter]] = {}
    for fact in project.files:
        for owner in fact.owner_filters:
            owners.setdefault(index.resolve(owner.model), []).append(owner)
    if not owners:
        return
    staff_views = {v.qualname for v in project.views() if any(g.staff for g in v.guards)}
    seen: set[tuple[str, int, int]] = set()
    for fact in project.files:
        if fact.in_framework:
            continue
        for fetch in fact.fetches:
            where = fetch.site.location
            key = (where.path, where.line, where.column)
            if key in seen:
                continue  # `Order.objects.select_related(...).get(pk=pk)`: one lookup
            seen.add(key)
            if f"{fact.module}.{fetch.function}" in staff_views:
                continue  # a staff-only route (blueprint hook, router dependency, decorator)
            if not _staff_only(project, fact, fetch):
                _judge(fetch, owners.get(index.resolve(fetch.model), []), reporter, "")
        for klass in fact.classes:
            unscoped = klass.unscoped_queryset
            if unscoped is None or project.graph.kind(klass) != "drf":
                continue
            if any(c.owner_scoped for c in project.graph.lineage(klass)):
                continue
            found = owners.get(index.resolve(unscoped.model), [])
            _judge(unscoped, found, reporter, "queryset")


def _staff_only(project: Project, fact: Facts, fetch: Fetch) -> bool:
    """A fetch in a method of a class guarded by role or permission (staff see everything)."""
    owner = f"{fact.module}.{fetch.function.rsplit('.', 1)[0]}" if "." in fetch.function else ""
    klass = project.graph.classes.get(owner)
    if klass is None:
        return False
    return any(g.staff or c.owner_scoped for c in project.graph.lineage(klass) for g in c.guards)


def _judge(fetch: Fetch, owners: list[OwnerFilter], reporter: ProjectReporter, kind: str) -> None:
    evidence = [
        o
        for o in owners
        if o.site.symbol != fetch.function or o.site.location.path != fetch.site.location.path
    ]
    if not evidence:
        return
    where = evidence[0]
    model = fetch.model.rsplit(".", 1)[-1]
    place = f"{where.site.location.path}:{where.site.location.line}"
    if kind == "queryset":
        message = (
            f"`get_queryset()` returns every `{model}` while {place} filters `{model}` by "
            f"`{where.how}`: any user can reach any other user's records by id"
        )
        fix = f"filter the queryset by owner: `{model}.objects.filter({where.how})`"
    else:
        message = (
            f"`{model}` is fetched by `{fetch.key}` from the request without checking its owner, "
            f"while {place} filters `{model}` by `{where.how}`: users can reach each other's "
            "records by changing the id"
        )
        fix = f"add the owner to the lookup (`{where.how}`) or check it before using the object"
    reporter.report(fetch.site, message, fix=fix)


RULE = Rule(
    code="SEC216",
    name="insecure-direct-object-reference",
    severity=Severity.HIGH,
    confidence=Confidence.MEDIUM,
    cwe=(639,),
    owasp=("A01:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
