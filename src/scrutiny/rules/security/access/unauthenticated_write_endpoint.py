"""# Write endpoint without the authentication its siblings require

## What it does
Finds an endpoint that changes data (POST, PUT, PATCH or DELETE) and has no authentication while
most of its siblings do: the other routes of the same FastAPI `APIRouter` or Flask blueprint, or
the other views of the same Django / DRF module. The guard is inferred from the siblings: FastAPI
`Depends(...)` / `Security(...)` in the signature or in `dependencies=[...]` (of the route, of
`APIRouter(...)` or of `include_router(...)`), Flask `@login_required`, `@jwt_required()`,
`@auth.login_required` or a `before_request` hook that refuses anonymous users, Django
`@login_required` / `@permission_required` / `@user_passes_test`, `LoginRequiredMixin` and
friends, `method_decorator(...)`, guards applied in the URLconf (`login_required(View.as_view())`),
DRF `permission_classes`, `get_permissions()` and `DEFAULT_PERMISSION_CLASSES`, and guards for a
whole application (a `before_request` on the Flask app, `FastAPI(dependencies=[...])`,
`app.add_middleware(LoginRequiredMiddleware)`, Django's `LoginRequiredMiddleware` or a project
middleware named like it). A project's own decorator or dependency counts as a guard when its
name says so (`admin_required`, `get_current_user`) or when its body refuses anonymous users
(`abort(401)`, `raise PermissionDenied`, `is_authenticated`), even across files. The message
names the guard the siblings use.

It reports only a real inconsistency: at least two guarded siblings, one of which writes, and
more guarded siblings than unguarded write endpoints. Endpoints that are public by design
(login, registration, password reset, webhooks, health checks, contact and search forms), an
explicit DRF `AllowAny` (judged by SEC215) and modules where most endpoints are public are left
alone, as are the frameworks' own packages.

## Why it matters
Missing authentication on one endpoint of an otherwise protected API is the classic way
broken access control ships: the route was added later, copied from a public one, or moved to
another router, and nothing fails in tests that always log in first. Anyone on the internet can
then create, change or delete data through it.

## Example
```python
router = APIRouter(prefix="/orders")

@router.get("/")
def list_orders(user: User = Depends(get_current_user)): ...

@router.patch("/{order_id}")
def update_order(order_id: int, user: User = Depends(get_current_user)): ...

@router.delete("/{order_id}")
def delete_order(order_id: int): ...   # anyone can delete any order
```

## Use instead
Put the guard on the router, so a new route cannot forget it:
```python
router = APIRouter(prefix="/orders", dependencies=[Depends(get_current_user)])

@router.delete("/{order_id}", status_code=204)
def delete_order(order_id: int, user: User = Depends(get_current_user)) -> None:
    order = orders.get_for_user(order_id, user)   # also scoped to its owner
    orders.delete(order)
```
Flask: `@bp.route("/<int:id>", methods=["DELETE"])` followed by `@login_required`; Django:
`class OrderDeleteView(LoginRequiredMixin, DeleteView)`; DRF:
`permission_classes = [IsAuthenticated]` (or a deny-by-default setting, below).

## Alternatives and trade-offs
- **Router- or app-level guards** (`APIRouter(dependencies=[...])`, `include_router(...,
  dependencies=[...])`, Flask `before_request`, Django 5.1 `LoginRequiredMiddleware`, DRF
  `DEFAULT_PERMISSION_CLASSES = ["rest_framework.permissions.IsAuthenticated"]`) make
  authentication the default and public endpoints the explicit exception (`@login_not_required`,
  `permission_classes = [AllowAny]`). That is the safest shape; the cost is remembering to open
  the login and health endpoints.
- **Per-route guards** are explicit at each route and easy to review one by one, but every new
  route is a chance to forget one; this rule catches exactly that.
- **An API gateway** (Kong, an OAuth2 proxy) can authenticate in front of the app; keep a check in
  the app too, because internal traffic often bypasses the gateway.

## Libraries
`flask-login`, `flask-jwt-extended`, `flask-httpauth`, `fastapi.security` (`OAuth2PasswordBearer`),
`fastapi-users`, Django `django.contrib.auth`, `djangorestframework` permissions,
`djangorestframework-simplejwt`.

## References
- https://owasp.org/Top10/A01_2021-Broken_Access_Control/
- https://fastapi.tiangolo.com/tutorial/bigger-applications/#include-an-apirouter-with-a-custom-prefix-tags-responses-and-dependencies
- https://docs.djangoproject.com/en/stable/topics/auth/default/#limiting-access-to-logged-in-users
- https://www.django-rest-framework.org/api-guide/permissions/#setting-the-permission-policy
- https://cwe.mitre.org/data/definitions/306.html
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._endpoints import Facts, extract
from ._views import Project, View

MIN_GUARDED_SIBLINGS = 2


def collect(file: FileContext) -> Facts | None:
    return extract(file)


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    project = Project.of(index, facts)
    groups: dict[str, list[View]] = {}
    for view in project.views():
        if view.in_framework or _explicitly_public(view, project):
            continue
        groups.setdefault(view.group, []).append(view)
    for members in groups.values():
        for view in members:
            if view.writes and not view.guards and not view.public:
                _judge(view, members, reporter)


def _explicitly_public(view: View, project: Project) -> bool:
    """DRF `permission_classes = [AllowAny]`: a deliberate choice (SEC215 judges it)."""
    if view.endpoint is not None:
        return view.endpoint.allow_any is not None
    if view.klass is None:
        return False
    permissions = project.graph.first_set(view.klass, "permissions")
    return permissions is not None and (not permissions[1] or project.allows_any(permissions[1]))


def _judge(view: View, members: list[View], reporter: ProjectReporter) -> None:
    others = [m for m in members if m is not view]
    guarded = [m for m in others if m.guards]
    unguarded = [m for m in members if m.writes and not m.guards and not m.public]
    if (
        len(guarded) < MIN_GUARDED_SIBLINGS
        or not any(m.writes for m in guarded)
        or len(guarded) <= len(unguarded)
    ):
        return
    counts = Counter(m.guards[0].label for m in guarded)
    label, count = counts.most_common(1)[0]
    how = f"require `{label}`" if count == len(guarded) else f"are guarded (mostly by `{label}`)"
    noun = "routes" if view.framework in ("fastapi", "flask") else "views"
    methods = "/".join(sorted(m.upper() for m in view.writes))
    reporter.report(
        view.site,
        f"`{view.name}` accepts {methods} without authentication while {len(guarded)} other "
        f"{noun} on {view.group_label} {how}: anyone can change data through it",
        fix=f"add the siblings' guard (`{label}`) to `{view.name}`, or guard the whole group",
    )


RULE = Rule(
    code="SEC214",
    name="unauthenticated-write-endpoint",
    severity=Severity.HIGH,
    confidence=Confidence.MEDIUM,
    cwe=(306, 862),
    owasp=("A01:2021", "A07:2021"),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
