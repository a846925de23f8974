"""# Object fetched by a client-chosen id without checking its owner

## What it does
Finds views that look up an object by an id taken from the request (a URL kwarg, a path
parameter, a query parameter) and never tie it to the current user, **when the same model is
filtered by its owner somewhere else in the project**: that other query is the evidence that the
model's records belong to users. Recognized lookups: `Order.objects.get(pk=pk)`,
`Order.objects.filter(id=order_id).first()`, `get_object_or_404(Order, id=order_id)`,
`session.get(Order, order_id)`, `db.query(Order).filter(Order.id == order_id).first()`,
`Order.query.get_or_404(order_id)`, a DRF `get_queryset()` that returns
`Order.objects.all()`, and a Django `DetailView` / `UpdateView` / `DeleteView` with
`model = Order` (or `queryset = Order.objects.all()`) and no `get_queryset` / `get_object`
override, which serves any row by the URL's `<pk>` or `<slug>` (reported on the `model =`
line, or on the class when `model` is inherited). The lookup is fine when it also filters by
owner (`user=request.user`, `customer__user=request.user`, `Order.user_id == current_user.id`),
when the view checks the owner afterwards
(`if order.user != request.user: raise PermissionDenied`), hands the object and the current
user to a helper named for the check (`ensure_owner(order, request.user)`), calls
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
from scrutiny.frameworks import auth
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._endpoints import Facts, ViewClass, extract
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
    routes = _routes(project)
    graph = project.graph
    bases = frozenset(index.resolve(b) for c in graph.classes.values() for b in c.bases)
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
        for klass in fact.classes:
            generic = _generic_fetch(project, klass, routes, staff_views, bases)
            if generic is not None:
                found = owners.get(index.resolve(generic.model), [])
                _judge(generic, found, reporter, "generic", klass.name)


def _routes(project: Project) -> dict[str, list[str | None]]:
    """The URL patterns each view is routed with (None for a pattern that is not a literal)."""
    routes: dict[str, list[str | None]] = {}
    for fact in project.files:
        for route in fact.url_routes:
            routes.setdefault(project.index.resolve(route.view), []).append(route.path)
    return routes


def _generic_fetch(
    project: Project,
    klass: ViewClass,
    routes: Mapping[str, list[str | None]],
    staff_views: set[str],
    bases: frozenset[str],
) -> Fetch | None:
    """The lookup of a Django DetailView / UpdateView / DeleteView that keeps the inherited
    `get_object()` (by the URL's pk or slug, in every row of its model), when nothing in its
    ancestry scopes the queryset, checks the owner, or reserves the view to staff."""
    graph = project.graph
    if graph.kind(klass) != "django" or klass.qualname in staff_views:
        return None
    if not graph.external_bases(klass) & auth.DJANGO_SINGLE_OBJECT_VIEWS:
        return None
    lineage = list(graph.lineage(klass))
    if any(c.custom_lookup or c.owner_scoped or c.owner_checked for c in lineage):
        return None
    if any(g.staff for c in lineage for g in c.guards):
        return None
    paths = routes.get(klass.qualname, [])
    if paths and not any(path is None or _captures(path) for path in paths):
        return None  # routed only without a URL key: the object is chosen some other way
    if not paths and klass.qualname in bases:
        return None  # a shared base: judged through the views that are routed
    if klass.generic_model is not None:
        return klass.generic_model
    generic = next((c.generic_model for c in lineage if c.generic_model is not None), None)
    if generic is None:
        return None
    return Fetch(generic.model, generic.key, klass.site, klass.site.symbol)


def _captures(path: str) -> bool:
    """`deals/<int:pk>/`, `^deals/(?P<pk>\\d+)/$`: the pattern passes a key to the view."""
    return "<" in path or "(" in path


def _staff_only(project: Project, fact: Facts, fetch: Fetch) -> bool:
    """A fetch in a method of a class guarded by role or permission (staff see everything)."""
    owner = f"{fact.module}.{fetch.function.rsplit('.', 1)[0]}" if "." in fetch.function else ""
    klass = project.graph.classes.get(owner)
    if klass is None:
        return False
    return any(g.staff or c.owner_scoped for c in project.graph.lineage(klass) for g in c.guards)


def _judge(
    fetch: Fetch, owners: list[OwnerFilter], reporter: ProjectReporter, kind: str, view: str = ""
) -> None:
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
    elif kind == "generic":
        message = (
            f"generic view `{view}` serves any `{model}` by the URL's pk / slug, while {place} "
            f"filters `{model}` by `{where.how}`: users can reach each other's records by "
            "changing the id"
        )
        fix = f"override `get_queryset()` to return `{model}.objects.filter({where.how})`"
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
