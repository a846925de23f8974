"""# SQL built from request data

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) that ends up in the text of an SQL statement. The sinks are the SQL argument of DB-API
`execute()`, `executemany()`, `executescript()` and `mogrify()` on `sqlite3`, `psycopg`, `psycopg2`,
`pymysql` (and other DB-API) connections and cursors, `asyncpg` `execute()`, `fetch()`, `fetchrow()`
and `fetchval()`, SQLAlchemy `text()` and `exec_driver_sql()`, and Django `Manager.raw()`,
`QuerySet.extra()`, `RawSQL` and `connection.cursor().execute()`.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. Values passed separately as query parameters
(`cursor.execute(sql, params)`, `raw(sql, [params])`, `RawSQL(sql, params)`, the bound values of
`session.execute(text(sql), {...})`) are safe and never reported; neither are constant SQL strings
and flows that only exist through a dead branch. Like every taint rule, it treats as clean the
values converted to a number, `UUID`, `Decimal`, date or IPv4, and values checked before the
sink against a constant allow-list (`if value not in ALLOWED: abort(400)`) or a full-match regular
expression.

## Why it matters
Whoever controls part of the SQL text controls the query. `' OR '1'='1` logs in without a
password, `UNION SELECT` reads any table the database user can read (password hashes, tokens,
other customers' orders), and drivers that accept several statements per call (`executescript()`,
psycopg2's `execute()`) let an attacker append `; DROP TABLE` or `UPDATE users SET is_staff`.
Blind and time-based techniques (`pg_sleep`, `SLEEP()`) extract data even when the response shows
nothing. On PostgreSQL with a superuser connection, `COPY ... TO PROGRAM` runs shell commands.
Escaping quotes by hand does not help: numeric contexts, identifiers, `LIKE` patterns and
encodings each need different handling, and one miss is enough.

## Example
```python
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/orders")
def orders():
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "created_at")
    db = sqlite3.connect("shop.db")
    rows = db.execute(
        f"SELECT id, total FROM orders WHERE status = '{status}' ORDER BY {sort} DESC"
    ).fetchall()
    return jsonify(rows)
```

## Use instead
Pass values as parameters, and check identifiers (which cannot be parameters) against an
allow-list:
```python
import sqlite3
from contextlib import closing

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

SORT_COLUMNS = frozenset({"created_at", "total"})


@app.get("/orders")
def orders():
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "created_at")
    if sort not in SORT_COLUMNS:
        abort(400)
    with closing(sqlite3.connect("shop.db")) as db:
        rows = db.execute(
            f"SELECT id, total FROM orders WHERE status = ? ORDER BY {sort} DESC",
            (status,),
        ).fetchall()
    return jsonify(rows)
```
The same in Django and SQLAlchemy:
```python
Order.objects.filter(status=status).order_by("-created_at")          # ORM, no SQL at all
Order.objects.raw("SELECT * FROM shop_order WHERE status = %s", [status])

session.execute(text("SELECT id, total FROM orders WHERE status = :status"), {"status": status})
```

## Alternatives and trade-offs
- **The ORM query API** (`filter()`, `select().where()`) is parametrized by construction and is
  the default choice. Its escape hatches (`raw()`, `extra()`, `RawSQL`, `text()`) reopen the hole
  and are what this rule watches.
- **Parametrized raw SQL** is as safe as the ORM and keeps full control of the query. Placeholder
  styles differ per driver: `?` (sqlite3), `%s` (psycopg, pymysql, Django), `$1` (asyncpg),
  `:name` (SQLAlchemy `text()`). Never mix them with `%` or f-string formatting of the SQL.
- **Identifiers and keywords** (column in `ORDER BY`, `ASC`/`DESC`, table names) cannot be bound.
  Check them against a constant set of names, as above, or compose with `psycopg.sql.Identifier`,
  which quotes correctly. A full-match regex (`re.fullmatch(r"[a-z_]{1,30}", sort)`) works too,
  but admits any column the regex allows.
- **Lists and patterns**: bind `IN` lists with SQLAlchemy `bindparam(..., expanding=True)` or
  PostgreSQL `= ANY(%s)` with a Python list; bind `LIKE` patterns and escape `%` and `_` in the
  value when users must not use wildcards.
- **Defence in depth**: a database user without DDL rights, superuser or `FILE` privileges limits
  the damage of a miss; it does not replace parameters. Web application firewalls are bypassable.

## Libraries
Django ORM, SQLAlchemy Core and ORM (`select()`, `text()` with bound parameters,
`bindparam(expanding=True)`), `psycopg.sql` (`SQL`, `Identifier`, `Literal`), `asyncpg` with
`$n` placeholders, PyPika for building dynamic queries.

## References
- https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html
- https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html
- https://docs.djangoproject.com/en/stable/topics/security/#sql-injection-protection
- https://www.psycopg.org/psycopg3/docs/basic/params.html
- https://cwe.mitre.org/data/definitions/89.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC101",
    name="sql-injection",
    severity=Severity.CRITICAL,
    confidence=Confidence.HIGH,
    cwe=(89,),
    owasp=("A03:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="sql"),
)
