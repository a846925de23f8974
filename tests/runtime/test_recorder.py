"""The recorder on real sqlite3 connections, through the DB-API wrapper and SQLAlchemy engines
(sync and async): what each statement keeps, contexts, threads, redaction and plans."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from engine_apps import library, sqla_app

from scrutiny.runtime.recorder import REDACTED, BudgetExceeded, Recorder, RecorderSettings
from scrutiny.runtime.statement import Statement, made_statement

LIBRARY = str(Path(library.__file__).resolve())
SQLA_APP = str(Path(sqla_app.__file__).resolve())


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def connection(recorder: Recorder) -> Iterator[library.Any]:
    raw = sqlite3.connect(":memory:")
    library.create(raw)
    yield recorder.wrap_dbapi(raw, vendor="sqlite", database="main")
    raw.close()


def test_a_statement_keeps_sql_fingerprint_params_timing_and_call_site(
    recorder: Recorder, connection: library.Any
) -> None:
    with recorder.context("test-1") as capture:
        library.same_author_twice(connection)
    first = capture[0]
    assert first.sql == "SELECT name FROM author WHERE id = ?"
    assert first.fingerprint == "SELECT name FROM author WHERE id = ?"
    assert first.params == "(1,)"
    assert first.params_digest
    assert first.duration_ms >= 0
    assert (first.database, first.vendor, first.many, first.origin) == (
        "main",
        "sqlite",
        False,
        "dbapi",
    )
    assert first.kind == "select" and first.is_read
    assert first.context == "test-1"
    site = first.stack[0]
    assert (site.path, site.line, site.function) == (
        LIBRARY,
        library.line_of("first"),
        "same_author_twice",
    )
    assert site.code.startswith("db.execute(")
    assert first.stack[1].path == str(Path(__file__).resolve())  # the caller: this test


def test_no_frame_of_scrutiny_sqlite3_or_pytest_is_a_call_site(
    recorder: Recorder, connection: library.Any
) -> None:
    with recorder.context("t") as capture:
        library.author_names(connection)
    paths = {frame.path for statement in capture for frame in statement.stack}
    assert paths == {LIBRARY, str(Path(__file__).resolve())}


def test_rows_executemany_and_writes(recorder: Recorder, connection: library.Any) -> None:
    with recorder.context("t") as capture:
        cursor = connection.cursor()
        cursor.executemany("INSERT INTO author (name) VALUES (?)", [("a",), ("b",), ("c",)])
        cursor.execute("UPDATE author SET name = 'x' WHERE id > ?", (6,))
    many, update = capture
    assert many.many and many.kind == "insert" and many.rows == 3
    assert many.fingerprint == "INSERT INTO author (name) VALUES (?)"
    assert update.kind == "update" and update.rows == 3


def test_statements_outside_a_context_are_not_kept_unless_asked(connection: library.Any) -> None:
    quiet = Recorder()
    kept = Recorder(RecorderSettings(record_outside_context=True))
    raw = connection.wrapped
    quiet.wrap_dbapi(raw, vendor="sqlite", database="main").execute("SELECT 1")
    kept.wrap_dbapi(raw, vendor="sqlite", database="main").execute("SELECT 1")
    assert quiet.statements() == []
    assert [(s.sql, s.context) for s in kept.statements()] == [("SELECT 1", "")]


def test_redaction_keeps_a_digest_but_never_the_values(connection: library.Any) -> None:
    recorder = Recorder(RecorderSettings(redact_params=True))
    wrapped = recorder.wrap_dbapi(connection.wrapped, vendor="sqlite", database="main")
    with recorder.context("t") as capture:
        wrapped.execute("SELECT name FROM author WHERE name = ?", ("secret",)).fetchall()
        wrapped.execute("SELECT name FROM author WHERE name = ?", ("other",)).fetchall()
    assert [s.params for s in capture] == [REDACTED, REDACTED]
    assert capture[0].params_digest != capture[1].params_digest
    assert capture[0].to_dict()["params"] == REDACTED


def test_paused_statements_are_not_recorded(recorder: Recorder, connection: library.Any) -> None:
    with recorder.context("t") as capture:
        with recorder.paused():
            connection.execute("SELECT 1")
        connection.execute("SELECT 2")
    assert [s.sql for s in capture] == ["SELECT 2"]


def test_nested_contexts_and_other_threads(recorder: Recorder, connection: library.Any) -> None:
    raw_path = ":memory:"
    del raw_path
    with recorder.context("outer") as outer:
        connection.execute("SELECT 1")
        with recorder.context("inner") as inner:
            connection.execute("SELECT 2")
        # a thread that did not inherit the context variable falls back to the open context
        other = sqlite3.connect(":memory:", check_same_thread=False)
        wrapped = recorder.wrap_dbapi(other, vendor="sqlite", database="other")
        worker = threading.Thread(target=lambda: wrapped.execute("SELECT 3"))
        worker.start()
        worker.join()
    assert [s.sql for s in outer] == ["SELECT 1", "SELECT 3"]
    assert [s.sql for s in inner] == ["SELECT 2"]
    assert [s.context for s in recorder.statements()] == ["outer", "inner", "outer"]


def test_a_failing_statement_is_not_recorded_and_the_error_propagates(
    recorder: Recorder, connection: library.Any
) -> None:
    with recorder.context("t") as capture, pytest.raises(sqlite3.OperationalError):
        connection.execute("SELECT * FROM no_such_table")
    assert len(capture) == 0


def test_each_select_fingerprint_is_explained_once(
    recorder: Recorder, connection: library.Any
) -> None:
    with recorder.context("t"):
        library.by_status(connection, "draft")
        library.by_status(connection, "published")
        library.author_names(connection)
    plans = recorder.plans()
    scan = plans[("main", "SELECT id FROM book WHERE status = ?")]
    assert scan is not None and [s.kind for s in scan.scans] == ["seq_scan"]
    lookup = plans[("main", "SELECT name FROM author WHERE id = ?")]
    assert lookup is not None and [s.kind for s in lookup.scans] == ["index"]
    # a SELECT without a filter is not worth a plan
    assert ("main", "SELECT id, author_id FROM book ORDER BY id") not in plans


def test_explain_can_be_turned_off(connection: library.Any) -> None:
    recorder = Recorder(RecorderSettings(explain=False))
    wrapped = recorder.wrap_dbapi(connection.wrapped, vendor="sqlite", database="main")
    with recorder.context("t"):
        library.by_status(wrapped, "draft")
    assert recorder.plans() == {}


@pytest.fixture
def author_statements(recorder: Recorder, connection: library.Any) -> list[Statement]:
    """The statements of one read through the library, recorded in context "t"."""
    with recorder.context("t") as capture:
        library.author_names(connection)
    return capture.statements


def test_statements_survive_the_trip_between_xdist_processes(
    author_statements: list[Statement],
) -> None:
    assert author_statements
    for statement in author_statements:
        again = Statement.from_dict(statement.to_dict())
        assert again == statement
        assert again.raw_params is None


def test_assert_max_lists_the_statements_and_their_lines(
    recorder: Recorder, connection: library.Any
) -> None:
    with recorder.context("budget") as capture:
        library.same_author_twice(connection)
    capture.assert_max(2)
    with pytest.raises(BudgetExceeded) as failure:
        capture.assert_max(1)
    text = str(failure.value)
    assert "budget: 2 queries, budget 1" in text
    assert f"library.py:{library.line_of('again')}" in text
    assert "SELECT name FROM author WHERE id = ?" in text


# -- SQLAlchemy ------------------------------------------------------------------------------


def test_sqlalchemy_engine_events(recorder: Recorder) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    engine = create_engine("sqlite://")
    sqla_app.Base.metadata.create_all(engine)
    remove = recorder.instrument_sqlalchemy(engine)
    try:
        with Session(engine) as session:
            sqla_app.seed(session)
            with recorder.context("t") as capture:
                sqla_app.titles_with_authors(session)
    finally:
        remove()
    lookups = [s for s in capture if s.fingerprint.startswith("SELECT authors.id")]
    assert len(lookups) == 6
    assert {(s.stack[0].path, s.stack[0].line) for s in lookups} == {
        (SQLA_APP, _line(SQLA_APP, "# forward"))
    }
    assert all(s.origin == "sqlalchemy" and s.database == "sqlite://" for s in lookups)
    with recorder.context("after-remove") as after, Session(engine) as session:
        sqla_app.titles_with_authors(session)
    assert len(after) == 0


def test_sqlalchemy_engine_class_listener_sees_engines_created_later(recorder: Recorder) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import Engine

    remove = recorder.instrument_sqlalchemy(Engine)
    try:
        engine = create_engine("sqlite://")
        with recorder.context("t") as capture, engine.connect() as connection:
            connection.execute(text("SELECT :x"), {"x": 1})
    finally:
        remove()
    assert [s.sql for s in capture] == ["SELECT ?"]


def test_sqlalchemy_async_engine_call_site_is_the_await(recorder: Recorder) -> None:
    pytest.importorskip("aiosqlite")
    from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

    async def run() -> list[Statement]:
        engine = create_async_engine("sqlite+aiosqlite://")
        remove = recorder.instrument_sqlalchemy(engine)
        try:
            async with engine.begin() as connection:
                await connection.run_sync(sqla_app.Base.metadata.create_all)
            async with AsyncSession(engine) as session:
                await session.run_sync(sqla_app.seed)
                with recorder.context("async") as capture:
                    await sqla_app.async_titles_with_authors(session)
            return list(capture)
        finally:
            remove()
            await engine.dispose()

    statements = asyncio.run(run())
    gets = [s for s in statements if "authors" in s.sql]
    assert len(gets) == 6
    assert {(s.stack[0].path, s.stack[0].line) for s in gets} == {
        (SQLA_APP, _line(SQLA_APP, "# async"))
    }
    assert all(s.vendor == "sqlite" for s in gets)


def _line(path: str, marker: str) -> int:
    with open(path, encoding="utf-8") as handle:
        for number, text in enumerate(handle, 1):
            if text.rstrip().endswith(marker):
                return number
    raise LookupError(marker)


def test_statements_are_made_equal_to_the_dataclass_constructor(
    author_statements: list[Statement],
) -> None:
    assert author_statements
    for statement in author_statements:
        values = {name: getattr(statement, name) for name in statement.__dataclass_fields__}
        assert made_statement(values) == Statement(**values)
        assert made_statement(values).raw_params == values["raw_params"]
        with pytest.raises(TypeError, match="fields"):
            made_statement({k: v for k, v in values.items() if k != "request"})
        with pytest.raises(AttributeError):
            statement.sql = "changed"  # type: ignore[misc]  # still frozen


def test_count_reads_the_records_and_merged_statements(
    recorder: Recorder, connection: library.Any
) -> None:
    with recorder.context("first"):
        library.author_names(connection)
    with recorder.context("second"):
        library.author_names(connection)
        library.author_names(connection)
    recorded = recorder.statements()
    assert recorder.count() == (len(recorded), 2)
    other = Recorder()
    other.add([replace(recorded[0], context="from a worker")], {})
    other.add(recorded, {})
    assert other.count() == (len(recorded) + 1, 3)
