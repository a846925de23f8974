"""The recorder: every SQL statement issued inside a context, with its call site.

Statements reach the recorder through public hooks only:

* **Django**: `connection.execute_wrapper()` on every configured alias, and on connections opened
  later (other threads, `sync_to_async`) through the `connection_created` signal;
* **SQLAlchemy**: `before_cursor_execute` / `after_cursor_execute` engine events, on one `Engine`,
  the sync engine of an `AsyncEngine`, or the `Engine` class itself (every engine);
* **plain DB-API** (sqlite3, psycopg 3, psycopg2): `wrap_dbapi(connection)` returns a proxy whose
  cursors record what they execute; the rest is delegated.

A `Recorder` owns its state (no globals): the statements, the open contexts, the per-SQL
fingerprint cache, the call-site finder and the plans of the fingerprints it has explained.
The current context is a `ContextVar` (concurrent requests each see their own); a thread that did
not inherit it (a test client's server thread) falls back to the innermost open context.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from time import perf_counter
from typing import Any, overload

from scrutiny.runtime.callsite import CallSiteFinder
from scrutiny.runtime.explain import Explainer, Plan, explainer_for, safe_explain
from scrutiny.runtime.fingerprint import Fingerprinter
from scrutiny.runtime.sql_reader import SqlShape
from scrutiny.runtime.statement import READ_KINDS, Frame, Statement, made_statement

REDACTED = "<redacted>"
# One statement as recorded: SQL, vendor, parameters' text (None without parameters) and
# digest (None: made from the text when needed), duration in ms, rows, database, many, stack of
# user frames, context, origin, request, and the parameters themselves (None for `many`).
_Record = tuple[
    str,
    str,
    str | None,
    str | None,
    float,
    int | None,
    str,
    bool,
    tuple[Frame, ...],
    str,
    str,
    str,
    Any,
]
_CONTEXT = 9  # where a `_Record` keeps its context
PARAMS_REPR_LIMIT = 500
_SQLA_STARTS = "scrutiny_starts"


@dataclass(frozen=True)
class RecorderSettings:
    """`redact_params`: keep "<redacted>" instead of the parameters' repr. `explain`: run EXPLAIN
    once per new SELECT fingerprint that filters on a column (up to `max_explains`).
    `record_outside_context`: keep statements issued while no context is open."""

    redact_params: bool = False
    explain: bool = True
    max_explains: int = 500
    max_frames: int = 12
    record_outside_context: bool = False
    library_packages: tuple[str, ...] = ()


class BudgetExceeded(AssertionError):
    """A test issued more statements than its budget allows."""


@dataclass
class Capture:
    """The statements of one test or request; list-like.

    It holds what the recorder took down while the statements ran (`Recorder` turns each into a
    `Statement`, with its fingerprint, only when it is read): counting them costs nothing."""

    name: str
    _records: list[_Record] = field(default_factory=list, init=False, repr=False, compare=False)
    _owner: Recorder | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def statements(self) -> list[Statement]:
        owner = self._owner
        if owner is None:
            return []
        return owner._made(list(self._records))

    def __repr__(self) -> str:
        return f"<Capture {self.name!r}: {len(self._records)} statements>"

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[Statement]:
        return iter(self.statements)

    @overload
    def __getitem__(self, index: int) -> Statement: ...
    @overload
    def __getitem__(self, index: slice) -> list[Statement]: ...
    def __getitem__(self, index: int | slice) -> Statement | list[Statement]:
        owner = self._owner
        if owner is None:
            raise IndexError(index)
        if isinstance(index, slice):
            return owner._made(self._records[index])
        return owner._made([self._records[index]])[0]  # the one statement, not all of them

    def clear(self) -> None:
        self._records.clear()

    def assert_max(self, limit: int, *, reads_only: bool = False) -> None:
        """Fail, listing every statement with its call site, when more than `limit` ran."""
        __tracebackhide__ = True
        if len(self._records) <= limit:
            return
        chosen = [s for s in self.statements if s.is_read] if reads_only else self.statements
        if len(chosen) > limit:
            raise BudgetExceeded(describe_over_budget(self.name, chosen, limit))


def describe_over_budget(name: str, statements: Sequence[Statement], limit: int) -> str:
    lines = [f"{name}: {len(statements)} queries, budget {limit}"]
    for number, statement in enumerate(statements, 1):
        site = statement.call_site
        where = f"{_shown_path(site.path)}:{site.line}" if site is not None else "<unknown>"
        lines.append(f"  {number}. {where}  {_shorten(statement.sql, 160)}")
    return "\n".join(lines)


def _shown_path(path: str) -> str:
    """Relative to the working directory when under it (as pytest prints paths)."""
    cwd = os.getcwd()
    return os.path.relpath(path, cwd) if path.startswith(cwd + os.sep) else path


def _shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


class Recorder:
    """Records statements from Django, SQLAlchemy and wrapped DB-API connections. Thread-safe."""

    def __init__(self, settings: RecorderSettings | None = None) -> None:
        self.settings = settings or RecorderSettings()
        self._lock = threading.RLock()
        self._current: ContextVar[Capture | None] = ContextVar(
            f"scrutiny_capture_{id(self)}", default=None
        )
        self._paused: ContextVar[bool] = ContextVar(f"scrutiny_paused_{id(self)}", default=False)
        self._request: ContextVar[str] = ContextVar(f"scrutiny_request_{id(self)}", default="")
        self._requests = itertools.count(1)
        self._open: list[Capture] = []
        # What was recorded, in order: `_Record`s taken down while statements ran, and
        # `Statement`s merged from elsewhere; a record becomes a `Statement` when first read.
        self._records: list[_Record | Statement] = []
        # id(record) -> (the record, kept alive so that its id is never reused while the entry
        # exists, even when `discard` drops it while another thread reads it; its Statement)
        self._statements: dict[int, tuple[_Record, Statement]] = {}
        self._plans: dict[tuple[str, str], Plan | None] = {}
        self._decided: set[tuple[str, str]] = set()  # (database, SQL): explained or not
        self._fingerprints = Fingerprinter()
        self._sites = CallSiteFinder(self.settings.library_packages, self.settings.max_frames)

    # -- contexts -------------------------------------------------------------------------

    @contextmanager
    def context(self, name: str, capture: Capture | None = None) -> Iterator[Capture]:
        """Statements issued inside belong to `name` (a test id, "GET /orders/"); they are
        appended to `capture` when one is given (made beforehand, e.g. for a fixture)."""
        capture = capture if capture is not None else Capture(name)
        capture._owner = self
        token = self._current.set(capture)
        with self._lock:
            self._open.append(capture)
        try:
            yield capture
        finally:
            self._current.reset(token)
            with self._lock:
                self._open.remove(capture)

    def request_started(self, method: str, path: str) -> None:
        """Mark the start of an HTTP request in the current context, until `request_finished`."""
        self._request.set(f"#{next(self._requests)} {method} {path}".strip())

    def request_finished(self) -> None:
        self._request.set("")

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Statements issued inside (by the caller's own bookkeeping) are not recorded."""
        token = self._paused.set(True)
        try:
            yield
        finally:
            self._paused.reset(token)

    def current(self) -> Capture | None:
        capture = self._current.get()
        if capture is None and self._open:
            with self._lock:
                capture = self._open[-1] if self._open else None
        return capture

    def statements(self) -> list[Statement]:
        with self._lock:
            records = list(self._records)
        return self._made(records)

    def _made(self, records: Sequence[_Record | Statement]) -> list[Statement]:
        """The `Statement` of each record, made once per record (the SQL parsed once per text:
        most of a suite's statements repeat a few hundred texts, and their parameters' digests
        are made once per text)."""
        made = self._statements
        digests: dict[str, str] = {}
        statements: list[Statement] = []
        for record in records:
            if isinstance(record, Statement):
                statements.append(record)
                continue
            entry = made.get(id(record))
            if entry is None:
                # one atomic `setdefault`: a record read by two threads at once is made twice,
                # and both get the first one made
                entry = made.setdefault(id(record), (record, self._statement(record, digests)))
            statements.append(entry[1])
        return statements

    def count(self) -> tuple[int, int]:
        """How many statements were recorded, and in how many contexts (tests, requests)."""
        with self._lock:
            records = list(self._records)
        contexts = {r.context if isinstance(r, Statement) else r[_CONTEXT] for r in records}
        return len(records), len(contexts)

    def _statement(self, record: _Record, digests: dict[str, str] | None = None) -> Statement:
        (
            sql,
            vendor,
            text,
            digest,
            duration,
            rows,
            database,
            many,
            stack,
            context,
            origin,
            request,
            raw,
        ) = record
        shape = self._fingerprints.shape(sql)
        if text is None:
            shown = None
        elif self.settings.redact_params:
            shown = REDACTED
        else:
            shown = text if len(text) <= PARAMS_REPR_LIMIT else text[:PARAMS_REPR_LIMIT] + "..."
        return made_statement(
            {
                "sql": sql,
                "fingerprint": shape.fingerprint,
                "params": shown,
                "duration_ms": duration,
                "rows": rows if rows is not None and rows >= 0 else None,
                "database": database,
                "vendor": vendor,
                "many": many,
                "stack": stack,
                "context": context,
                "params_digest": digest if digest is not None else _digest(text, digests),
                "kind": shape.kind,
                "origin": origin,
                "request": request,
                "raw_params": raw,
            }
        )

    def discard(self, capture: Capture) -> None:
        """Forget a finished capture's statements (the recorder keeps every statement until
        then): a long-running recorder, such as the development middleware's, calls it once a
        request has been reviewed, so that memory does not grow with every request. The plans
        explained so far are kept (bounded by `max_explains`)."""
        with self._lock:
            dropped = {id(record) for record in capture._records}
            if dropped:
                self._records = [r for r in self._records if id(r) not in dropped]
                for key in dropped:
                    self._statements.pop(key, None)
            capture._records.clear()

    @property
    def fingerprinter(self) -> Fingerprinter:
        """The SQL shapes read so far (while recording, and when statements are made), for the
        analysis to reuse."""
        return self._fingerprints

    def plans(self) -> dict[tuple[str, str], Plan | None]:
        """Plans by (database, fingerprint), for every fingerprint explained so far."""
        with self._lock:
            return dict(self._plans)

    def add(self, statements: Sequence[Statement], plans: dict[tuple[str, str], Plan]) -> None:
        """Merge statements and plans recorded elsewhere (a pytest-xdist worker)."""
        with self._lock:
            self._records.extend(statements)
            for key, plan in plans.items():
                self._plans.setdefault(key, plan)

    def explainer(self) -> Explainer:
        """An `Explainer` answering from the plans recorded so far."""
        return RecordedPlans(self.plans())

    def _wanted(self) -> Capture | bool | None:
        """The capture to record into; None outside contexts (when kept), False to skip."""
        if self._paused.get():
            return False
        capture = self.current()
        if capture is None and not self.settings.record_outside_context:
            return False
        return capture

    # -- the one place statements are made ------------------------------------------------

    def _record(
        self,
        sql: str,
        params: Any,
        duration_ms: float,
        rows: int | None,
        database: str,
        vendor: str,
        many: bool,
        origin: str,
        explain_cursor: Callable[[], Any] | None,
        capture: Capture | None,
    ) -> None:
        """The cost of recording, paid once per statement: the call site and the parameters'
        text are read now (later they would be gone or changed); the fingerprint and the
        parameters' digest are made when the statement is read (`_statement`). Called by the
        hooks alone, positionally: the walk skips this frame and the hook's."""
        stack = self._sites.stack(3)
        if params is None:
            text: str | None = None
            digest: str | None = ""
        else:
            try:
                text = repr(params) if not many else _many_repr(params)
            except Exception:  # a parameter whose repr fails must not break the query
                text = f"<{type(params).__name__}>"
            digest = None
            if len(text) > PARAMS_REPR_LIMIT:  # keep no more than is shown
                digest = _digest(text)
                text = text[: PARAMS_REPR_LIMIT + 1]
        record = (
            sql,
            vendor,
            text,
            digest,
            duration_ms,
            rows,
            database,
            many,
            stack,
            capture.name if capture is not None else "",
            origin,
            self._request.get(),
            None if many else params,  # to EXPLAIN with the real values
        )
        with self._lock:
            self._records.append(record)
            if capture is not None:
                capture._records.append(record)
        if (
            explain_cursor is not None
            and not many
            and self.settings.explain
            and len(self._plans) < self.settings.max_explains  # else `_decided` grows for nothing
        ):
            decided = (database, sql)
            if decided not in self._decided:  # the common case: this text was seen before
                self._decided.add(decided)
                shape = self._fingerprints.shape(sql)
                if shape.kind in READ_KINDS and self._claim(database, shape):
                    self._explain(self._made([record])[0], explain_cursor)

    def _claim(self, database: str, shape: SqlShape) -> bool:
        """Whether to explain this fingerprint now: once per database and fingerprint. The
        answer for a text never changes once given (plans are only ever added), so it is asked
        once per text (`_decided`)."""
        key = (database, shape.fingerprint)
        if key in self._plans or not shape.filters_rows:
            return False
        with self._lock:
            if key in self._plans or len(self._plans) >= self.settings.max_explains:
                return False
            self._plans[key] = None  # claimed: explained once, even if it fails
        return True

    def _explain(self, statement: Statement, cursor: Callable[[], Any]) -> None:
        explainer = explainer_for(statement.vendor, cursor)
        if explainer is None:
            return
        with self.paused():
            plan = safe_explain(explainer, statement)
        with self._lock:
            self._plans[(statement.database, statement.fingerprint)] = plan

    # -- Django -----------------------------------------------------------------------------

    @contextmanager
    def install_django(self) -> Iterator[None]:
        """Record every Django connection: those that exist now and those opened later; mark
        the requests handled meanwhile (`request_started` / `request_finished` signals)."""
        from django.core.signals import (  # type: ignore[import-untyped]
            request_finished,
            request_started,
        )
        from django.db import connections  # type: ignore[import-untyped]
        from django.db.backends.signals import connection_created  # type: ignore[import-untyped]

        installed: set[int] = set()
        stack = ExitStack()

        def wrap(connection: Any) -> None:
            with self._lock:
                if id(connection) in installed:
                    return
                installed.add(id(connection))
                stack.enter_context(connection.execute_wrapper(self._django_wrapper))

        def on_created(sender: Any, connection: Any, **kwargs: Any) -> None:
            wrap(connection)

        def on_request(sender: Any, **kwargs: Any) -> None:
            environ = kwargs.get("environ") or {}
            scope = kwargs.get("scope") or {}
            method = environ.get("REQUEST_METHOD") or scope.get("method") or ""
            path = environ.get("PATH_INFO") or scope.get("path") or ""
            self.request_started(str(method), str(path))

        def on_finished(sender: Any, **kwargs: Any) -> None:
            self.request_finished()

        uid = f"scrutiny-recorder-{id(self)}"
        connection_created.connect(on_created, weak=False, dispatch_uid=uid)
        request_started.connect(on_request, weak=False, dispatch_uid=uid)
        request_finished.connect(on_finished, weak=False, dispatch_uid=uid)
        try:
            for connection in connections.all():
                wrap(connection)
            yield
        finally:
            connection_created.disconnect(dispatch_uid=uid)
            request_started.disconnect(dispatch_uid=uid)
            request_finished.disconnect(dispatch_uid=uid)
            with self._lock:
                stack.close()

    def _django_wrapper(
        self, execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any
    ) -> Any:
        capture = self._wanted()
        if capture is False:
            return execute(sql, params, many, context)
        start = perf_counter()
        result = execute(sql, params, many, context)
        duration = (perf_counter() - start) * 1000.0
        connection = context["connection"]
        self._record(
            sql,
            params,
            duration,
            getattr(context["cursor"], "rowcount", None),
            str(connection.alias),
            str(connection.vendor),
            many,
            "django",
            connection.create_cursor,
            capture if isinstance(capture, Capture) else None,
        )
        return result

    # -- SQLAlchemy -------------------------------------------------------------------------

    def instrument_sqlalchemy(self, engine: Any) -> Callable[[], None]:
        """Listen to an `Engine`, an `AsyncEngine` (its sync engine) or the `Engine` class
        (every engine, including those created later). Returns the function that removes it."""
        from sqlalchemy import event

        target = getattr(engine, "sync_engine", engine)
        listeners: list[tuple[str, Callable[..., Any]]] = [
            ("before_cursor_execute", self._sqla_before),
            ("after_cursor_execute", self._sqla_after),
            ("handle_error", self._sqla_error),
        ]
        for name, function in listeners:
            event.listen(target, name, function)

        def remove() -> None:
            for name, function in listeners:
                if event.contains(target, name, function):
                    event.remove(target, name, function)

        return remove

    def _sqla_before(
        self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        conn.info.setdefault(_SQLA_STARTS, []).append(perf_counter())

    def _sqla_error(self, context: Any) -> None:
        starts = context.connection.info.get(_SQLA_STARTS) if context.connection else None
        if starts:
            starts.pop()

    def _sqla_after(
        self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        starts = conn.info.get(_SQLA_STARTS)
        start = starts.pop() if starts else None
        duration = (perf_counter() - start) * 1000.0 if start is not None else 0.0
        capture = self._wanted()
        if capture is False:
            return
        self._record(
            statement,
            parameters,
            duration,
            getattr(cursor, "rowcount", None),
            str(conn.engine.url),
            str(conn.dialect.name),
            many,
            "sqlalchemy",
            conn.connection.cursor,
            capture if isinstance(capture, Capture) else None,
        )

    # -- plain DB-API -----------------------------------------------------------------------

    def wrap_dbapi(self, connection: Any, *, vendor: str, database: str) -> RecordingConnection:
        """A proxy of a DB-API connection (sqlite3, psycopg 3, psycopg2) whose cursors record."""
        return RecordingConnection(connection, self, vendor=vendor, database=database)


def _digest(text: str | None, known: dict[str, str] | None = None) -> str:
    """Identifies the parameters (even redacted) from the text of all of them; `known` keeps
    the digests made so far (many statements share their parameters' text)."""
    if text is None:
        return ""
    if known is not None:
        digest = known.get(text)
        if digest is None:
            digest = known[text] = _digest(text)
        return digest
    return hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=8).hexdigest()


def _many_repr(params: Any) -> str:
    if isinstance(params, list | tuple):
        head = repr(list(params[:5]))
        return head if len(params) <= 5 else f"{head[:-1]}, ... ({len(params)} rows)]"
    return f"<{type(params).__name__}>"  # an iterator: never consume it


class RecordedPlans:
    """An `Explainer` answering from plans recorded earlier (by (database, fingerprint))."""

    def __init__(self, plans: dict[tuple[str, str], Plan | None]) -> None:
        self._plans = plans

    def explain(self, statement: Statement) -> Plan | None:
        return self._plans.get((statement.database, statement.fingerprint))


class RecordingCursor:
    """A DB-API cursor proxy that records `execute` and `executemany`."""

    def __init__(self, cursor: Any, owner: RecordingConnection) -> None:
        self._cursor = cursor
        self._owner = owner

    def execute(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        run = self._cursor.execute
        result = self._owner._run(run, self._cursor, sql, params, False, args, kwargs)
        return self if result is self._cursor else result

    def executemany(self, sql: str, params: Any, *args: Any, **kwargs: Any) -> Any:
        run = self._cursor.executemany
        result = self._owner._run(run, self._cursor, sql, params, True, args, kwargs)
        return self if result is self._cursor else result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)

    def __enter__(self) -> RecordingCursor:
        return self

    def __exit__(self, *exc: object) -> None:
        self._cursor.close()


class RecordingConnection:
    """A DB-API connection proxy: its cursors (and `execute`, where the driver has it) record."""

    def __init__(self, connection: Any, recorder: Recorder, *, vendor: str, database: str) -> None:
        self._connection = connection
        self._recorder = recorder
        self._vendor = vendor
        self._database = database

    @property
    def wrapped(self) -> Any:
        return self._connection

    def cursor(self, *args: Any, **kwargs: Any) -> RecordingCursor:
        return RecordingCursor(self._connection.cursor(*args, **kwargs), self)

    def execute(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        return self.cursor().execute(sql, params, *args, **kwargs)

    def executemany(self, sql: str, params: Any, *args: Any, **kwargs: Any) -> Any:
        return self.cursor().executemany(sql, params, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)

    def __enter__(self) -> RecordingConnection:
        self._connection.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        return self._connection.__exit__(*exc)

    def _run(
        self,
        run: Callable[..., Any],
        cursor: Any,
        sql: str,
        params: Any,
        many: bool,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> Any:
        capture = self._recorder._wanted()
        call = (sql,) if params is None and not many else (sql, params)
        if capture is False:
            return run(*call, *args, **kwargs)
        start = perf_counter()
        result = run(*call, *args, **kwargs)
        duration = (perf_counter() - start) * 1000.0
        self._recorder._record(
            sql,
            params,
            duration,
            getattr(cursor, "rowcount", None),
            self._database,
            self._vendor,
            many,
            "dbapi",
            self._connection.cursor,
            capture if isinstance(capture, Capture) else None,
        )
        return result
