"""The recorder and EXPLAIN on a real PostgreSQL server (psycopg 3, SQLAlchemy): plans under
`enable_seqscan = off`, transactions left as they were, writes and ANALYZE never run."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from engine_apps import library, sqla_app

from scrutiny.registry import Registry
from scrutiny.runtime.analysis import AnalysisSettings, analyze
from scrutiny.runtime.recorder import Recorder

psycopg = pytest.importorskip("psycopg")

ROOT = Path(__file__).resolve().parent
REGISTRY = Registry.load()


@pytest.fixture
def database(postgres_dsn: str) -> Iterator[str]:
    """A fresh database on the session's server, dropped afterwards."""
    name = f"engine_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_dsn, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield postgres_dsn.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(postgres_dsn, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def connection(database: str, recorder: Recorder) -> Iterator[Any]:
    raw = psycopg.connect(database)
    library.create(raw)
    raw.commit()
    yield recorder.wrap_dbapi(raw, vendor="postgresql", database="pg")
    raw.close()


def review(recorder: Recorder) -> list[Any]:
    return analyze(recorder.statements(), AnalysisSettings(), REGISTRY, recorder.explainer(), ROOT)


def test_n_plus_one_and_missing_index(recorder: Recorder, connection: Any) -> None:
    with recorder.context("t"):
        library.author_names(connection)
        library.by_status(connection, "draft")
        connection.execute("SELECT id FROM book WHERE author_id = %s", (1,)).fetchall()
    found = {(f.code, f.path, f.line) for f in review(recorder)}
    assert found == {
        ("DB101", "engine_apps/library.py", library.line_of("N+1")),
        ("DB201", "engine_apps/library.py", library.line_of("scan")),
    }
    plan = recorder.plans()[("pg", "SELECT id FROM book WHERE status = ?")]
    assert plan is not None and plan.vendor == "postgresql"
    assert [s.kind for s in plan.scans] == ["seq_scan"]
    assert '"Node Type": "Seq Scan"' in plan.text
    # tiny tables: without enable_seqscan = off PostgreSQL would scan the indexed one too
    indexed = recorder.plans()[("pg", "SELECT id FROM book WHERE author_id = ?")]
    assert indexed is not None and [s.kind for s in indexed.scans] == ["index"]


def test_explain_leaves_the_transaction_and_settings_as_they_were(
    recorder: Recorder, connection: Any
) -> None:
    raw = connection.wrapped
    raw.execute("SET enable_seqscan = off")
    raw.execute("INSERT INTO author (id, name) VALUES (100, 'uncommitted')")
    with recorder.context("t"):
        rows = connection.execute("SELECT id FROM author WHERE name = %s", ("uncommitted",))
        assert rows.fetchall() == [(100,)]
    assert raw.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS
    assert raw.execute("SHOW enable_seqscan").fetchone() == ("off",)
    raw.execute("SET enable_seqscan = on")
    with recorder.context("t2"):
        library.by_status(connection, "draft")
    assert raw.execute("SHOW enable_seqscan").fetchone() == ("on",)
    assert raw.execute("SELECT name FROM author WHERE id = 100").fetchone() == ("uncommitted",)


def test_autocommit_connection(database: str, recorder: Recorder) -> None:
    raw = psycopg.connect(database, autocommit=True)
    library.create(raw)
    connection = recorder.wrap_dbapi(raw, vendor="postgresql", database="pg")
    with recorder.context("t"):
        library.by_status(connection, "draft")
    assert raw.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    assert [f.code for f in review(recorder)] == ["DB201"]
    raw.close()


def test_explain_never_runs_the_statement_or_writes(recorder: Recorder, connection: Any) -> None:
    raw = connection.wrapped
    raw.execute("CREATE TABLE calls (n int)")
    raw.execute(
        "CREATE FUNCTION noisy(x int) RETURNS int LANGUAGE sql VOLATILE AS "
        "'INSERT INTO calls VALUES (x) RETURNING x'"
    )
    with recorder.context("t"):
        connection.execute("SELECT noisy(n) FROM calls WHERE n = %s", (1,)).fetchall()
        connection.execute("SELECT noisy(%s)", (7,)).fetchall()
        connection.execute("UPDATE book SET status = %s WHERE title = %s", ("x", "book 1"))
        connection.execute("DELETE FROM calls WHERE n = %s", (99,))
    assert raw.execute("SELECT count(*) FROM calls").fetchone() == (1,)  # the real call only
    explained = {fingerprint for _, fingerprint in recorder.plans()}
    assert explained == {"SELECT noisy(n) FROM calls WHERE n = ?"}


def test_sqlalchemy_on_postgresql(database: str, recorder: Recorder) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    engine = create_engine(database.replace("postgresql://", "postgresql+psycopg://"))
    sqla_app.Base.metadata.create_all(engine)
    remove = recorder.instrument_sqlalchemy(engine)
    try:
        with Session(engine) as session:
            sqla_app.seed(session)
            with recorder.context("t"):
                sqla_app.titles_with_authors(session)
                sqla_app.drafts(session)
    finally:
        remove()
        engine.dispose()
    findings = {f.code: f for f in review(recorder)}
    assert set(findings) == {"DB101", "DB201"}
    assert findings["DB101"].fix == ".options(joinedload(Book.author))"
    assert findings["DB201"].fix == 'Index("books_status_idx", "status")'
    assert all(
        s.database.startswith("postgresql+psycopg://postgres@") for s in recorder.statements()
    )


def test_a_failing_explain_does_not_abort_the_applications_transaction(
    recorder: Recorder, connection: Any
) -> None:
    raw = connection.wrapped
    raw.execute("CREATE TEMP TABLE scratch (n int)")
    raw.execute("INSERT INTO author (id, name) VALUES (200, 'kept')")
    with recorder.context("t"):
        # the statement runs, then its table goes away before anything else: EXPLAIN fails
        rows = connection.execute("SELECT n FROM scratch WHERE n = %s", (1,))
        assert rows.fetchall() == []
    assert recorder.plans()[("pg", "SELECT n FROM scratch WHERE n = ?")] is not None
    from scrutiny.runtime.explain import PostgresExplainer

    raw.execute("DROP TABLE scratch")
    statement = recorder.statements()[-1]
    with pytest.raises(psycopg.errors.UndefinedTable):
        PostgresExplainer(raw.cursor).explain(statement)
    assert raw.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS
    assert raw.execute("SELECT name FROM author WHERE id = 200").fetchone() == ("kept",)
