"""# DRF view that writes data with `AllowAny`

## What it does
Finds Django REST framework views and viewsets that let anyone change data:
`permission_classes = [AllowAny]` (or `(AllowAny,)`, or `@permission_classes([AllowAny])` on an
`@api_view`) on a view that can create, update or delete: a `ModelViewSet`, a `CreateAPIView` /
`UpdateAPIView` / `DestroyAPIView` (or their combinations and mixins), a view with `post`, `put`,
`patch` or `delete` methods, or an `@action(methods=["post"])`. The setting is followed through
the project's own base classes. Read-only views (`ReadOnlyModelViewSet`, `ListAPIView`) and views
that are public by design (login, registration, token, password reset, webhooks) are left alone;
`IsAuthenticatedOrReadOnly` is not `AllowAny` and is fine.

## Why it matters
`AllowAny` switches off every permission check, including a deny-by-default
`DEFAULT_PERMISSION_CLASSES`. On a view with write actions it means any anonymous client can
create, modify or delete records. It is usually left over from development ("make it work
first") or copied from the registration view.

## Example
```python
from rest_framework import permissions, viewsets

class InvoiceViewSet(viewsets.ModelViewSet):
    queryset = Invoice.objects.all()
    serializer_class = InvoiceSerializer
    permission_classes = [permissions.AllowAny]
```

## Use instead
```python
from rest_framework import permissions, viewsets

class InvoiceViewSet(viewsets.ModelViewSet):
    serializer_class = InvoiceSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Invoice.objects.filter(owner=self.request.user)
```
Make authentication the default in `settings.py`:
```python
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
}
```

## Alternatives and trade-offs
- `IsAuthenticatedOrReadOnly` keeps reads public and writes authenticated, a common shape for
  public catalogues.
- Per-action permissions (`get_permissions()` returning `[AllowAny()]` only for `create` on a
  signup viewset) keep one public action without opening the others.
- Object-level permissions (`has_object_permission`, `django-guardian`, `django-rules`) are needed
  on top of authentication when users must only change their own records.
- If an endpoint must be anonymous (a public form), validate and throttle it
  (`AnonRateThrottle`) and keep its serializer minimal.

## Libraries
`djangorestframework` permissions, `drf-access-policy`, `django-guardian`, `django-rules`,
`dry-rest-permissions`.

## References
- https://www.django-rest-framework.org/api-guide/permissions/
- https://owasp.org/Top10/A01_2021-Broken_Access_Control/
- https://cwe.mitre.org/data/definitions/862.html
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._endpoints import DYNAMIC, Facts, extract
from ._views import Project

FIX = "use `permission_classes = [IsAuthenticated]` (or `IsAuthenticatedOrReadOnly`)"


def collect(file: FileContext) -> Facts | None:
    return extract(file)


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    project = Project.of(index, facts)
    for view in project.views():
        if view.in_framework or view.public or not view.writes:
            continue
        methods = "/".join(sorted(m.upper() for m in view.writes))
        message = (
            f"`{view.name}` accepts {methods} with `AllowAny`: anonymous clients can change data "
            "through it"
        )
        if view.endpoint is not None and view.endpoint.allow_any is not None:
            reporter.report(view.endpoint.allow_any, message, fix=FIX)
        elif view.klass is not None and view.framework == "drf":
            lineage = project.graph.lineage(view.klass)
            if any(g.qualname == DYNAMIC for c in lineage for g in c.guards):
                continue  # `get_permissions()` decides per action
            found = project.graph.first_set(view.klass, "permissions")
            if found is None or not project.allows_any(found[1]):
                continue
            owner, _ = found
            site = owner.permissions_site if owner is view.klass else view.klass.site
            if owner is not view.klass:
                message += f" (inherited from `{owner.name}`)"
            reporter.report(site or view.klass.site, message, fix=FIX)


RULE = Rule(
    code="SEC215",
    name="drf-allow-any-write",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(862, 732),
    owasp=("A01:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
