"""# Endpoints no test calls

## What it does
Lists, once per module that declares routes, the endpoints that no test in the project reaches:
Flask routes (decorators and `add_url_rule`, class-based views included), FastAPI routes, Django
URLconf entries (`path`, `re_path`, with the prefixes of the `include()`s that lead to them) and DRF
router registrations (their list and detail routes and the viewset's `@action`s). Routers and
blueprints are placed under the prefixes they are mounted with, in whatever module that happens
(`app.include_router(router, prefix="/api/v1")`, nested routers, `register_blueprint(bp,
url_prefix="/admin")`). A route counts as tested when a test file (`tests/`, `test_*.py`,
`conftest.py`) contains a URL it serves with a method it accepts (`client.get("/orders/42/")`
matches `orders/<int:pk>/`, but not a `@router.delete` route; f-string parts match any segment)
or names it (`reverse("orders:detail")`, `url_for("shop.cart")`, `app.url_path_for("get_item")`,
DRF `reverse("order-list")`). A project without any test file gets no finding: that is a missing
test suite, not a gap in one.

## Why it matters
An endpoint that no test requests can break on any refactor (a renamed field, a changed
serializer, a missing import in a rarely used view) and nobody finds out until a user does. The
list is a to-do list for the test suite, sorted by module, and it shrinks as tests are added.

## Example
```python
# orders/urls.py
app_name = "orders"
urlpatterns = [
    path("", views.order_list, name="list"),
    path("<int:pk>/", views.order_detail, name="detail"),
    path("<int:pk>/cancel/", views.cancel_order, name="cancel"),  # no test calls it
]
```

## Use instead
```python
# tests/test_orders.py
import pytest
from django.urls import reverse

@pytest.mark.django_db
def test_cancel_order(client, order):
    client.force_login(order.customer)
    response = client.post(reverse("orders:cancel", args=[order.pk]))
    assert response.status_code == 302
    order.refresh_from_db()
    assert order.status == "cancelled"
```

## Alternatives and trade-offs
- Line coverage (`coverage.py`, `pytest-cov`) measures what ran, not what a test asked for: a
  view called by another view's test looks covered. This rule is static and cheap, but only sees
  URLs and route names written literally in tests; URLs built in helpers are missed (the route is
  then listed although it is tested), so treat the list as a prompt, not a verdict.
- Schemathesis (OpenAPI) or a smoke test that requests every URL pattern catches crashes on every
  route with little code, but checks nothing about behaviour.
- Routes mounted dynamically (`app.add_url_rule` in a loop, a prefix computed at run time) are
  not followed; suppress with a reason where that applies.

## Libraries
`pytest-django` (`client`, `admin_client`), Django `TestCase.client`, DRF `APIClient`, Flask
`app.test_client()`, FastAPI/Starlette `TestClient`, `httpx.AsyncClient(transport=ASGITransport)`,
`schemathesis`, `coverage.py`.

## References
- https://docs.djangoproject.com/en/stable/topics/testing/tools/#the-test-client
- https://flask.palletsprojects.com/en/stable/testing/
- https://fastapi.tiangolo.com/tutorial/testing/
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks import test_clients as tc
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._routes import (
    Action,
    Mount,
    Route,
    RouteFacts,
    TestFacts,
    extract_routes,
    extract_test_uses,
    matches,
    route_regex,
)

FIX = "add a test that requests each listed endpoint through the framework's test client"
SHOWN = 8


def collect(file: FileContext) -> RouteFacts | TestFacts | None:
    if file.has_role("tests"):
        return extract_test_uses(file)
    return extract_routes(file)


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    tests = [f for f in facts.values() if isinstance(f, TestFacts)]
    if not any(t.suite for t in tests):
        return  # no test suite at all: nothing to compare against
    urls = {u for t in tests for u in t.urls}
    requests = {r for t in tests for r in t.requests}
    names = {n for t in tests for n in t.names}
    modules = {f.module: f for f in facts.values() if isinstance(f, RouteFacts)}
    modules = _mounted(modules)
    prefixes = _prefixes(modules)
    for module in sorted(modules):
        route_facts = modules[module]
        if not route_facts.routes:
            continue
        untested = [
            r
            for r in route_facts.routes
            if not _tested(
                r,
                prefixes.get(module, ("",)) if route_facts.django else ("",),
                urls | _requested(r, requests),
                names,
            )
        ]
        if untested:
            _report(route_facts, untested, prefixes.get(module, ("",)), reporter)


def _mounted(modules: dict[str, RouteFacts]) -> dict[str, RouteFacts]:
    """Routes under the prefixes their router or blueprint is mounted with (in any module),
    and the routes of the DRF viewsets' extra actions."""
    owns = {g: prefix for f in modules.values() for g, prefix in f.groups}
    mounts: dict[str, list[Mount]] = {}
    for f in modules.values():
        for mount in f.mounts:
            mounts.setdefault(mount.child, []).append(mount)
    actions: dict[str, list[Action]] = {}
    for f in modules.values():
        for action in f.actions:
            actions.setdefault(action.viewset, []).append(action)
    memo: dict[str, tuple[str, ...]] = {}

    def bases(group: str, depth: int) -> tuple[str, ...]:
        """The full prefixes under which the group's own routes start."""
        if group in memo:
            return memo[group]
        own = owns.get(group, "")
        if group not in mounts or depth > 8:
            return (own,)
        found = tuple(
            sorted(
                {
                    base + (m.prefix if m.replaces else m.prefix + own)
                    for m in mounts[group]
                    for base in bases(m.parent, depth + 1)
                }
            )
        )
        memo[group] = found
        return found

    result: dict[str, RouteFacts] = {}
    for module, f in modules.items():
        routes: list[Route] = []
        for route in f.routes:
            if route.group and route.group in mounts:
                paths = [base + route.local for base in bases(route.group, 0)]
                routes.append(replace(route, path=paths[0], also=tuple(paths[1:])))
            else:
                routes.append(route)
            routes.extend(_action_routes(route, actions.get(route.viewset, [])))
        result[module] = replace(f, routes=tuple(routes))
    return result


def _requested(route: Route, requests: set[tuple[str, str]]) -> set[str]:
    """The URLs tests request with a method the route serves (GET routes answer HEAD too)."""
    methods = set(route.methods)
    if tc.GET in methods:
        methods.add(tc.HEAD)
    return {url for method, url in requests if not methods or method in methods}


def _action_routes(route: Route, actions: list[Action]) -> list[Route]:
    """The routes a DRF registration (its list route) adds for the viewset's extra actions."""
    if not route.viewset:
        return []
    base = route.path if route.path.endswith("/") or not route.path else f"{route.path}/"
    found = []
    for action in actions:
        segment = tc.DRF_DETAIL_SEGMENT if action.detail else ""
        names = (f"{route.basename}-{action.url_name}",) if route.basename else ()
        handler = f"{route.handler.rsplit(' (', 1)[0]} ({action.method})"
        path = f"{base}{segment}{action.url_path}/"
        found.append(replace(route, path=path, handler=handler, names=names, viewset=""))
    return found


def _report(
    facts: RouteFacts, untested: list[Route], prefixes: tuple[str, ...], reporter: ProjectReporter
) -> None:
    prefix = prefixes[0] if facts.django else ""
    shown = ", ".join(f"`{_display(prefix, r.path)}` ({r.handler})" for r in untested[:SHOWN]) + (
        f", and {len(untested) - SHOWN} more" if len(untested) > SHOWN else ""
    )
    total = len(facts.routes)
    reporter.report(
        untested[0].site,
        f"{len(untested)} of {total} endpoints in `{facts.module}` are not requested by any "
        f"test: {shown}",
        fix=FIX,
    )


def _display(prefix: str, path: str) -> str:
    full = prefix + path.lstrip("^").rstrip("$")
    return full if full.startswith("/") else f"/{full}"


def _tested(route: Route, prefixes: tuple[str, ...], urls: set[str], names: set[str]) -> bool:
    if route.names and _named(route.names[0], names):
        return True
    if any("." in n and n in names for n in route.names):
        return True  # `reverse(views.order_detail)`
    for prefix in prefixes:
        for path in (route.path, *route.also):
            pattern = route_regex(prefix + _relative(path), route.regex or _is_regex(prefix))
            if pattern is not None and any(matches(pattern, u) for u in urls):
                return True
    return False


def _named(name: str, names: set[str]) -> bool:
    """`reverse("idp:oidc:revoke")` names the route `revoke` of the URLconf whose `app_name` is
    `oidc`, wherever that is included: compare the route's own (namespaced) name as a suffix."""
    return name in names or any(n.endswith(f":{name}") for n in names)


def _relative(path: str) -> str:
    return path.lstrip("^")


def _is_regex(prefix: str) -> bool:
    return bool(re.search(r"[\\()\[\]?+*]", prefix))


def _prefixes(modules: dict[str, RouteFacts]) -> dict[str, tuple[str, ...]]:
    """The URL prefixes under which each URLconf module is mounted ("" for a root URLconf)."""
    included_by: dict[str, list[tuple[str, str]]] = {}
    for facts in modules.values():
        for include in facts.includes:
            included_by.setdefault(include.target, []).append(
                (facts.module, include.prefix.lstrip("^").rstrip("$"))
            )
    memo: dict[str, tuple[str, ...]] = {}

    def resolve(module: str, depth: int) -> tuple[str, ...]:
        if module in memo:
            return memo[module]
        parents = included_by.get(module)
        if not parents or depth > 8:
            return ("",)
        found = tuple(
            sorted({p + prefix for parent, prefix in parents for p in resolve(parent, depth + 1)})
        )
        memo[module] = found
        return found

    return {module: resolve(module, 0) for module in modules}


RULE = Rule(
    code="REL120",
    name="untested-endpoints",
    severity=Severity.INFO,
    confidence=Confidence.LOW,
    doc=__doc__ or "",
    collect=collect,
    finish=finish,
)
