"""# Unbounded query in a request handler

## What it does
Finds list endpoints that load every row of a table: a Django or DRF view that serializes
(`many=True`), renders or returns an unsliced queryset (`Book.objects.all()`,
`.filter(...)` on anything but the primary key) without a paginator; a DRF `ListAPIView` /
`ModelViewSet` / `ListModelMixin` view with no `pagination_class` (or `pagination_class = None`)
while the settings set no `REST_FRAMEWORK["DEFAULT_PAGINATION_CLASS"]`; a Django `ListView`
without `paginate_by`; and FastAPI/Flask routes that return `session.query(Model).all()`,
`session.scalars(select(Model)).all()` or `Model.query.all()` with no `.limit()`.

## Why it matters
The table grows; the endpoint's memory, response size and latency grow with it, until a page
that returned 50 rows in the demo returns 200,000 and takes the worker down (each Django model
instance costs around a kilobyte, and serialization is slower than the query). An unbounded list
is also an easy denial of service: anyone who can call it makes the server read the whole table.

## Example
```python
class BookList(generics.ListAPIView):          # no pagination_class, no default in settings
    queryset = Book.objects.all()
    serializer_class = BookSerializer

@router.get("/orders")
def list_orders(db: Session = Depends(get_db)):
    return db.scalars(select(Order)).all()
```

## Use instead
```python
class BookList(generics.ListAPIView):
    queryset = Book.objects.order_by("id")
    serializer_class = BookSerializer
    pagination_class = PageNumberPagination    # or DEFAULT_PAGINATION_CLASS + PAGE_SIZE

@router.get("/orders")
def list_orders(limit: int = Query(50, le=200), offset: int = 0, db: Session = Depends(get_db)):
    return db.scalars(select(Order).order_by(Order.id).limit(limit).offset(offset)).all()
```
Function views:
`page = Paginator(Book.objects.order_by("id"), 50).get_page(request.GET.get("page"))`.

## Alternatives and trade-offs
- Page-number pagination (`PageNumberPagination`, `Paginator`): simple, but `OFFSET` gets slow on
  deep pages and a `COUNT(*)` runs on every page.
- Cursor / keyset pagination (`CursorPagination`, `WHERE id > :last ORDER BY id LIMIT n`):
  constant cost per page and stable under inserts; no jumping to page N.
- A hard cap (`[:500]`) with a documented limit: cheapest, fine for admin lookups and
  autocompletes; silently truncates.
- Streaming (`StreamingHttpResponse` over `.iterator(chunk_size=...)`) for exports: bounded
  memory, but still reads the whole table; keep it off public endpoints.

## Libraries
DRF pagination classes, django-filter (narrowing lists), fastapi-pagination, Flask-SQLAlchemy's
`paginate()`, sqlakeyset (keyset pagination for SQLAlchemy), django-cursor-pagination.

## References
- https://www.django-rest-framework.org/api-guide/pagination/
- https://docs.djangoproject.com/en/stable/topics/pagination/
- https://docs.sqlalchemy.org/en/20/core/selectable.html#sqlalchemy.sql.expression.Select.limit
- https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity, Step
from scrutiny.frameworks import orm_loops as data
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._loops_extract import loop_facts
from ._loops_facts import ListClass, LoopFileFacts
from ._loops_project import LoopProject


def collect(file: FileContext) -> LoopFileFacts | None:
    return loop_facts(file, "lists")


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    project = LoopProject.of(index, facts)
    for file in project.files:
        for result in file.unbounded:
            if project.confirmed(result.model, result.verified, result.manager):
                reporter.report(
                    result.site,
                    f"{result.trace_note} with no pagination: the response grows with the table",
                    fix=result.fix,
                    trace=(Step(result.site.location, result.trace_note),),
                )
    _list_views(project, reporter)


def _list_views(project: LoopProject, reporter: ProjectReporter) -> None:
    classes = {c.qualname: c for f in project.files for c in f.list_classes}
    default = any(f.default_pagination for f in project.files)
    for klass in classes.values():
        if not ({"queryset", "model", "get_queryset"} & klass.attributes) or klass.sliced:
            continue
        lineage = list(_lineage(project, classes, klass))
        external = {project.index.resolve(b) for c in lineage for b in c.bases} - set(classes)
        if any(c.overrides_list for c in lineage):
            continue
        if external & data.DRF_LIST_VIEWS:
            attribute, why = data.DRF_PAGINATION_ATTRIBUTE, "no `pagination_class`"
            fix = (
                "`pagination_class = PageNumberPagination` "
                '(or `REST_FRAMEWORK["DEFAULT_PAGINATION_CLASS"]`)'
            )
        elif external & set(data.DJANGO_LIST_VIEWS):
            attribute, why, fix = "paginate_by", "no `paginate_by`", "`paginate_by = 50`"
        else:
            continue
        setter = next((c for c in lineage if attribute in c.attributes), None)
        if setter is not None and attribute not in setter.unpaginated:
            continue
        if setter is not None:
            why = f"`{attribute} = None` switches pagination off"
        if setter is None and attribute == data.DRF_PAGINATION_ATTRIBUTE and default:
            continue
        name = klass.qualname.rpartition(".")[2]
        what = f"`{klass.queryset}`" if klass.queryset else "its queryset"
        reporter.report(
            klass.site,
            f"`{name}` lists every row of {what} in one response: {why}",
            fix=fix,
            trace=(Step(klass.site.location, f"`{name}` is a list view"),),
            confidence=Confidence.HIGH,
        )


def _lineage(
    project: LoopProject, classes: dict[str, ListClass], klass: ListClass
) -> Iterator[ListClass]:
    seen: set[str] = set()
    queue = [klass]
    while queue:
        current = queue.pop(0)
        if current.qualname in seen:
            continue
        seen.add(current.qualname)
        yield current
        for base in current.bases:
            parent = classes.get(project.index.resolve(base))
            if parent is not None:
                queue.append(parent)


RULE = Rule(
    code="DB104",
    name="unbounded-query",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
