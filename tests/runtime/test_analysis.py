"""From recorded statements to findings, on real sqlite3 and SQLAlchemy runs: N+1 with its loop
and relation, duplicates, slow statements, missing indexes, suppressions and allowlists."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from engine_apps import library, sqla_app

from scrutiny.config import Config
from scrutiny.finding import Finding
from scrutiny.registry import Registry
from scrutiny.runtime.analysis import AnalysisSettings, analyze
from scrutiny.runtime.indexes import MissingIndex
from scrutiny.runtime.recorder import Recorder
from scrutiny.runtime.relations import guess_relation
from scrutiny.runtime.schema import FieldHint, ModelHint, SchemaHints, sqlalchemy_schema
from scrutiny.runtime.source import Attribute, Loop
from scrutiny.runtime.sql_reader import read_shape
from scrutiny.selection import Selection

ROOT = Path(__file__).resolve().parent
LIBRARY = "engine_apps/library.py"
SQLA_APP = "engine_apps/sqla_app.py"
REGISTRY = Registry.load()
SETTINGS = AnalysisSettings()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def connection(recorder: Recorder) -> Iterator[Any]:
    raw = sqlite3.connect(":memory:")
    library.create(raw)
    yield recorder.wrap_dbapi(raw, vendor="sqlite", database="main")
    raw.close()


def review(
    recorder: Recorder, settings: AnalysisSettings = SETTINGS, **extra: Any
) -> list[Finding]:
    return analyze(recorder.statements(), settings, REGISTRY, recorder.explainer(), ROOT, **extra)


def sites(findings: list[Finding]) -> set[tuple[str, str, int]]:
    return {(f.code, f.path, f.line) for f in findings}


def test_n_plus_one_names_call_site_loop_and_rows(recorder: Recorder, connection: Any) -> None:
    with recorder.context("test_authors"):
        library.author_names(connection)
    findings = [f for f in review(recorder) if f.code == "DB101"]
    assert sites(findings) == {("DB101", LIBRARY, library.line_of("N+1"))}
    (finding,) = findings
    rule = REGISTRY.get("DB101")
    assert rule is not None and (finding.name, finding.severity) == (rule.name, rule.severity)
    assert "ran 6 times" in finding.message and "`test_authors`" in finding.message
    assert "`author` rows by `id`" in finding.message
    loop = finding.trace[0]
    assert loop.location.path == LIBRARY
    assert loop.note == "loop: `for _book_id, author_id in books:`"
    assert finding.fix is not None and "IN (...)" in finding.fix
    assert finding.snippet.strip().startswith("row = db.execute(")


def test_loop_found_in_a_caller_frame(recorder: Recorder, connection: Any) -> None:
    with recorder.context("t"):
        library.titles(connection, [1, 2, 3, 4, 5])
    (finding,) = [f for f in review(recorder) if f.code == "DB101"]
    assert finding.line == library.line_of("helper")
    assert finding.trace[0].note == "loop: `for book_id in ids:  # the loop is one frame up`"
    assert finding.trace[0].location.line == library.line_of("the loop is one frame up")


def test_threshold(recorder: Recorder, connection: Any) -> None:
    with recorder.context("t"):
        library.titles(connection, [1, 2, 3, 4])
    assert not [f for f in review(recorder) if f.code == "DB101"]
    lower = replace(SETTINGS, n_plus_one_threshold=4)
    assert [f.code for f in review(recorder, lower) if f.code == "DB101"] == ["DB101"]


def test_same_parameters_every_time_is_a_duplicate_not_an_n_plus_one(
    recorder: Recorder, connection: Any
) -> None:
    with recorder.context("t"):
        library.titles(connection, [2] * 6)
    assert sites(review(recorder)) == {("DB107", LIBRARY, library.line_of("helper"))}


def test_n_plus_one_is_per_context(recorder: Recorder, connection: Any) -> None:
    for name in ("a", "b", "c"):
        with recorder.context(name):
            library.titles(connection, [1, 2, 3])  # 9 in all, 3 per test
    assert not [f for f in review(recorder) if f.code == "DB101"]


def test_one_finding_for_many_tests(recorder: Recorder, connection: Any) -> None:
    for name in ("test_a", "test_b"):
        with recorder.context(name):
            library.author_names(connection)
    (finding,) = [f for f in review(recorder) if f.code == "DB101"]
    assert "in `test_a` and 1 more" in finding.message


def test_duplicate_query(recorder: Recorder, connection: Any) -> None:
    with recorder.context("t"):
        library.same_author_twice(connection)
    (finding,) = review(recorder)
    assert (finding.code, finding.path, finding.line) == (
        "DB107",
        LIBRARY,
        library.line_of("first"),
    )
    assert "ran 2 times with the same parameters" in finding.message
    assert [s.location.line for s in finding.trace] == [
        library.line_of("first"),
        library.line_of("again"),
    ]


def test_duplicates_are_counted_per_context(recorder: Recorder, connection: Any) -> None:
    for name in ("a", "b"):
        with recorder.context(name):
            library.fetch_title(connection, 1)
    assert review(recorder) == []


def test_slow_statement(recorder: Recorder, connection: Any) -> None:
    with recorder.context("t"):
        library.slow_report(connection, 30)
    fast = replace(SETTINGS, slow_ms=10)
    (finding,) = review(recorder, fast)
    assert (finding.code, finding.line) == ("DB108", library.line_of("slow"))
    assert "threshold 10 ms" in finding.message
    assert review(recorder, replace(SETTINGS, slow_ms=5000)) == []


def test_missing_index_on_sqlite(recorder: Recorder, connection: Any) -> None:
    with recorder.context("t"):
        library.by_status(connection, "draft")
        library.fetch_title(connection, 1)  # primary key: fine
        connection.execute("SELECT id FROM book WHERE author_id = ?", (1,)).fetchall()  # indexed
    (finding,) = review(recorder)
    assert (finding.code, finding.path, finding.line) == ("DB201", LIBRARY, library.line_of("scan"))
    assert "`book`" in finding.message and "`status`" in finding.message
    assert "CREATE INDEX book_status_idx ON book (status);" in finding.message
    assert finding.fix == "CREATE INDEX book_status_idx ON book (status);"
    assert "SCAN book" in finding.trace[0].note


def test_no_missing_index_without_explain(recorder: Recorder, connection: Any) -> None:
    with recorder.context("t"):
        library.by_status(connection, "draft")
    assert review(recorder, replace(SETTINGS, explain=False)) == []
    assert analyze(recorder.statements(), SETTINGS, REGISTRY, None, ROOT) == []


def test_suppression_comment_on_the_call_site_line(recorder: Recorder, connection: Any) -> None:
    with recorder.context("t"):
        library.silenced_names(connection)
    assert review(recorder) == []


def test_allowlists(recorder: Recorder, connection: Any) -> None:
    with recorder.context("t"):
        library.author_names(connection)
        library.by_status(connection, "draft")
    assert {f.code for f in review(recorder)} == {"DB101", "DB201"}
    by_site = replace(SETTINGS, allow_sites=(f"{LIBRARY}::author_names",))
    assert {f.code for f in review(recorder, by_site)} == {"DB201"}
    by_line = replace(SETTINGS, allow_sites=(f"{LIBRARY}:{library.line_of('scan')}",))
    assert {f.code for f in review(recorder, by_line)} == {"DB101"}
    by_fingerprint = replace(SETTINGS, allow_fingerprints=("SELECT name FROM author*",))
    assert {f.code for f in review(recorder, by_fingerprint)} == {"DB201"}
    by_glob = replace(SETTINGS, allow_sites=("engine_apps/*",))
    assert review(recorder, by_glob) == []


def test_per_file_ignores_from_the_configuration(recorder: Recorder, connection: Any) -> None:
    with recorder.context("t"):
        library.author_names(connection)
        library.by_status(connection, "draft")
    config = Config(root=ROOT, per_file_ignores=(("engine_apps/library.py", ("DB101",)),))
    selection = Selection.build(config, REGISTRY)
    assert {f.code for f in review(recorder, selection=selection)} == {"DB201"}


def test_call_sites_in_test_modules_are_left_out_by_default(
    recorder: Recorder, connection: Any
) -> None:
    with recorder.context("t"):
        for number in range(1, 7):
            connection.execute("SELECT name FROM author WHERE id = ?", (number,)).fetchone()
    assert review(recorder) == []
    (finding,) = review(recorder, replace(SETTINGS, include_test_code=True))
    assert finding.path == "test_analysis.py"


# -- SQLAlchemy ------------------------------------------------------------------------------


@pytest.fixture
def sqla_session(recorder: Recorder) -> Iterator[Any]:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    engine = create_engine("sqlite://")
    sqla_app.Base.metadata.create_all(engine)
    remove = recorder.instrument_sqlalchemy(engine)
    with Session(engine) as session:
        sqla_app.seed(session)
        yield session
    remove()


def test_sqlalchemy_n_plus_one_fixes(recorder: Recorder, sqla_session: Any) -> None:
    with recorder.context("t"):
        sqla_app.titles_with_authors(sqla_session)
        sqla_session.expire_all()
        sqla_app.book_counts(sqla_session)
    found = {f.line: f for f in review(recorder) if f.code == "DB101"}
    forward = found[_line(SQLA_APP, "# forward")]
    assert forward.fix == ".options(joinedload(Book.author))"
    assert "loading `author`" in forward.message
    assert forward.trace[0].note == "loop: `for book in session.scalars(select(Book)):`"
    reverse = found[_line(SQLA_APP, "# reverse")]
    assert reverse.fix == ".options(selectinload(Author.books))"


def test_sqlalchemy_missing_index_with_schema_hints(recorder: Recorder, sqla_session: Any) -> None:
    with recorder.context("t"):
        sqla_app.drafts(sqla_session)
    schema = sqlalchemy_schema([sqla_app.Base])
    (finding,) = review(recorder, schema=schema)
    assert (finding.code, finding.path, finding.line) == (
        "DB201",
        SQLA_APP,
        _line(SQLA_APP, "# status"),
    )
    assert finding.fix == 'Index("books_status_idx", "status")'
    assert finding.trace[-1].note == "add to Book.__table_args__"
    assert finding.trace[-1].location.line == _line(SQLA_APP, "class Book(Base):")


# -- relations and index lines, from SQL alone -----------------------------------------------

DJANGO_HINTS = SchemaHints(
    (
        ModelHint(
            "shop_author",
            "Author",
            "django",
            fields=(FieldHint("id", "id", primary_key=True), FieldHint("name", "name")),
        ),
        ModelHint(
            "shop_book",
            "Book",
            "django",
            fields=(
                FieldHint("id", "id", primary_key=True),
                FieldHint("author_id", "author", False, "shop_author", "books"),
                FieldHint("status", "status"),
            ),
        ),
    )
)
FORWARD = 'SELECT "shop_author"."id" FROM "shop_author" WHERE "shop_author"."id" = %s LIMIT 21'
REVERSE = 'SELECT "shop_book"."id" FROM "shop_book" WHERE "shop_book"."author_id" IN (%s)'
BOOK_LOOP = Loop(3, "for book in Book.objects.all():", ("book",), "Book")
AUTHOR_LOOP = Loop(3, "for author in authors:", ("author",), "")


@pytest.mark.parametrize(
    ("sql", "loop", "attributes", "schema", "fix"),
    [
        (FORWARD, BOOK_LOOP, (Attribute("book", "author"),), SchemaHints(), None),
        (FORWARD, BOOK_LOOP, (), DJANGO_HINTS, None),
        (FORWARD, None, (), SchemaHints(), 'queryset.select_related("author")'),
        (REVERSE, AUTHOR_LOOP, (Attribute("author", "books"),), SchemaHints(), None),
        (REVERSE, AUTHOR_LOOP, (), DJANGO_HINTS, 'Author.objects.prefetch_related("books")'),
        (REVERSE, AUTHOR_LOOP, (), SchemaHints(), 'Author.objects.prefetch_related("book_set")'),
    ],
)
def test_django_relation_and_fix(
    sql: str,
    loop: Loop | None,
    attributes: tuple[Attribute, ...],
    schema: SchemaHints,
    fix: str | None,
) -> None:
    relation = guess_relation(read_shape(sql), loop, attributes, schema, "django")
    if fix is None:
        fix = (
            'Book.objects.select_related("author")'
            if sql == FORWARD
            else 'Author.objects.prefetch_related("books")'
        )
    assert relation.fix == fix
    assert relation.many == (sql == REVERSE)


def test_django_index_line_uses_field_names() -> None:
    missing = MissingIndex("shop_book", ("author_id", "status"), "SCAN shop_book")
    assert missing.orm_line("django", DJANGO_HINTS) == (
        'models.Index(fields=["author", "status"], name="shop_book_author_id_status_idx")'
    )
    long = MissingIndex("inventory_stockmovement", ("warehouse_id", "created_at"), "")
    assert len(long.name) <= 30 and long.name.endswith("_idx")
    assert long.create_sql().startswith(f"CREATE INDEX {long.name} ON inventory_stockmovement")


def _line(relative: str, marker: str) -> int:
    with open(ROOT / relative, encoding="utf-8") as handle:
        for number, text in enumerate(handle, 1):
            if text.rstrip().endswith(marker):
                return number
    raise LookupError(marker)


def test_repetition_made_by_the_test_itself_is_not_the_applications(
    recorder: Recorder, connection: Any
) -> None:
    with recorder.context("t"):
        for book_id in range(1, 7):  # the test loops, the application does not
            library.fetch_title(connection, book_id)
        library.fetch_title(connection, 1)  # two test lines, same query: the test repeats it
        library.fetch_title(connection, 1)
    assert review(recorder) == []
    counted = review(recorder, replace(SETTINGS, include_test_code=True))
    assert [f.code for f in counted] == ["DB101"]  # the repeats of id 1 are part of it


def test_n_plus_one_and_duplicates_are_counted_per_request(
    recorder: Recorder, connection: Any
) -> None:
    with recorder.context("t"):
        for number in range(3):
            recorder.request_started("GET", f"/books/{number}/")
            library.titles(connection, [1, 2, 3])  # 3 per request, 9 per test
            recorder.request_finished()
        recorder.request_started("GET", "/authors/")
        library.author_names(connection)  # 6 in one request
        recorder.request_finished()
    statements = recorder.statements()
    assert statements[0].request == "#1 GET /books/0/"
    assert statements[-1].request == "#4 GET /authors/"
    assert sites([f for f in review(recorder) if f.code == "DB101"]) == {
        ("DB101", LIBRARY, library.line_of("N+1"))
    }


def test_a_lookup_by_a_plain_column_is_not_a_relation() -> None:
    sql = 'SELECT "shop_book"."title" FROM "shop_book" WHERE "shop_book"."status" = %s'
    shape = read_shape(sql)
    django = guess_relation(shape, BOOK_LOOP, (), DJANGO_HINTS, "django")
    assert (django.name, django.fix) == (
        "",
        "Book.objects.filter(status__in=keys) once, before the loop",
    )
    assert django.describe() == "`shop_book` rows by `status`"
    sqla = guess_relation(shape, None, (), SchemaHints(), "sqlalchemy")
    assert sqla.fix == "select(Book).where(Book.status.in_(keys)) once, before the loop"
