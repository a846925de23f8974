"""Runtime query review: record the SQL that tests or requests issue, and review it.

The engine behind `pytest --scrutiny` (`scrutiny.pytest_plugin`), the development middleware
(`scrutiny.middleware`) and `scrutiny profile`. Modules (import what you use; this package imports
nothing, so that loading it costs nothing):

* `statement`: `Frame` and `Statement`, the frozen record of one executed statement;
* `sql_reader`: a SQL text's shape from sqlparse's tokens: fingerprint (literals and IN-lists
  folded), verb, tables, filtered columns; `fingerprint`: `Fingerprinter`, that shape memoized;
  `shape_store`: the shapes kept between runs of the pytest plugin;
* `callsite`: the first stack frame outside the ORM, the driver, Scrutiny, pytest and anything
  installed;
* `recorder`: `Recorder`, with `context(name)`, `install_django()`, `instrument_sqlalchemy(engine)`
  and the opt-in DB-API wrapper `wrap_dbapi(connection, vendor=..., database=...)`;
* `explain`: `Explainer`, `Plan`, EXPLAIN for PostgreSQL (`FORMAT JSON`) and SQLite (`QUERY PLAN`);
* `analysis`: `analyze(statements, settings, registry, explainer, root)` -> `Finding`s (DB101,
  DB107, DB108, DB201), with `relations`, `indexes`, `source` and `schema` as its helpers;
* `budget`: query budgets for the `scrutiny_max_queries` marker;
* `static_link`: ties a runtime N+1 to the static DB101 finding at the same place.

Recording a plain DB-API connection (sqlite3, psycopg 3, psycopg2) is opt-in:

```python
from pathlib import Path

from scrutiny.registry import Registry
from scrutiny.runtime.analysis import AnalysisSettings, analyze
from scrutiny.runtime.recorder import Recorder

recorder = Recorder()
connection = recorder.wrap_dbapi(sqlite3.connect("app.db"), vendor="sqlite", database="app")
with recorder.context("nightly import"):
    run_import(connection)          # use the wrapped connection like the real one
findings = analyze(recorder.statements(), AnalysisSettings(), Registry.load(),
                   recorder.explainer(), Path.cwd())
```
"""
