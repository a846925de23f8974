"""# A statement took longer than the slow-query threshold

## What it does
Reported by the runtime review (`pytest --scrutiny`, the development middleware, `scrutiny
profile`), not by the static check: a statement took longer than the threshold (100 ms by
default; `--scrutiny-slow-ms`) between being sent and the driver returning. One finding per call
site and statement shape, with the slowest time seen and the tests or requests it happened in.

## Why it matters
A statement that is slow on a test database with a handful of rows is much slower on production
data, holds locks and a connection for that long, and adds directly to the request's latency.
Slowness in tests usually means a missing index, a query that sorts or aggregates a whole table,
a lock wait, or an unbounded result.

## Example
```python
def dashboard(request):
    recent = Order.objects.filter(status="paid").order_by("-created")[:20]     # sorts all orders
    revenue = Order.objects.aggregate(Sum("total"))                             # whole table
```

## Use instead
```python
class Order(models.Model):
    class Meta:
        indexes = [models.Index(fields=["status", "-created"], name="order_status_created_idx")]

def dashboard(request):
    recent = Order.objects.filter(status="paid").order_by("-created")[:20]     # index scan
    revenue = DailyRevenue.objects.filter(day__gte=start).aggregate(Sum("total"))  # rollup table
```

## Alternatives and trade-offs
- An index matching the filter and sort (see DB201, which the same run reports when `EXPLAIN`
  shows the scan); every index costs some write speed and space.
- Pagination or keyset pagination (`WHERE created < ? ORDER BY created DESC LIMIT 20`) instead of
  reading everything; select only the columns used (`only()`, `values()`, `load_only()`).
- Precomputed aggregates (rollup tables, materialized views) for dashboards: they trade
  freshness for speed and need a refresh job.
- A lock wait shows up as slowness too: look for long transactions around the statement.
- Raise the threshold for known heavy reports (`--scrutiny-slow-ms`) or allow the call site
  (`scrutiny_allow_sites`); a test machine's timings vary, so keep thresholds generous.

## Libraries
`django-debug-toolbar`, `django-silk`, `pg_stat_statements`, `auto_explain`, `pghero`,
`pganalyze`, SQLAlchemy's `echo` with timing events, `sqlcommenter` to tie statements to code.

## References
- https://www.postgresql.org/docs/current/using-explain.html
- https://www.postgresql.org/docs/current/pgstatstatements.html
- https://docs.djangoproject.com/en/stable/topics/db/optimization/
"""

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule

RULE = Rule(
    code="DB108",
    name="slow-query",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    cwe=(1073,),
    doc=__doc__ or "",
    runtime=True,
)
