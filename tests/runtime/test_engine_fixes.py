"""Eager-loading fixes that name the right model and relation, a recorder that forgets finished
requests, and analysis caches reused across calls."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from engine_apps import library, sqla_app

from scrutiny.registry import Registry
from scrutiny.runtime.analysis import AnalysisCaches, AnalysisSettings, analyze
from scrutiny.runtime.recorder import Capture, Recorder
from scrutiny.runtime.relations import guess_relation
from scrutiny.runtime.schema import FieldHint, ModelHint, SchemaHints
from scrutiny.runtime.source import Attribute, Loop, SourceReader
from scrutiny.runtime.sql_reader import read_shape

ROOT = Path(__file__).resolve().parent
REGISTRY = Registry.load()

# -- many-to-many: the loop over the relation is not the loop over the rows ----------------

M2M = (
    'SELECT "library_tag"."id", "library_tag"."name" FROM "library_tag" INNER JOIN '
    '"library_book_tags" ON ("library_tag"."id" = "library_book_tags"."tag_id") '
    'WHERE "library_book_tags"."book_id" = %s'
)
TAGS_COMPREHENSION = Loop(
    28, "[tag.name for tag in book.tags.all()]", ("tag",), "", "book.tags.all()"
)
TAG_ATTRIBUTES = (Attribute("tag", "name"), Attribute("book", "tags"))
BOOK_TAGS_HINTS = SchemaHints(
    (
        ModelHint(
            "library_book",
            "Book",
            "django",
            fields=(
                FieldHint("id", "id", primary_key=True),
                FieldHint("", "tags", False, "library_book_tags", ""),
            ),
        ),
        ModelHint("library_tag", "Tag", "django", fields=(FieldHint("id", "id", True),)),
    )
)


@pytest.mark.parametrize("schema", [SchemaHints(), BOOK_TAGS_HINTS], ids=["no-hints", "hints"])
def test_many_to_many_fix_names_the_model_that_owns_the_relation(schema: SchemaHints) -> None:
    shape = read_shape(M2M)
    relation = guess_relation(shape, TAGS_COMPREHENSION, TAG_ATTRIBUTES, schema, "django")
    assert relation.fix == 'Book.objects.prefetch_related("tags")'
    assert relation.many


def test_many_to_many_fix_keeps_the_queryset_the_outer_loop_walks() -> None:
    walked = "Book.objects.filter(active=True)"
    outer = Loop(3, f"for book in {walked}:", ("book",), "Book", walked)
    shape = read_shape(M2M)
    relation = guess_relation(shape, outer, TAG_ATTRIBUTES, SchemaHints(), "django")
    assert relation.fix == f'{walked}.prefetch_related("tags")'


# -- a to-one relation is named by the relationship, not its key column ---------------------

SUPPLIER = "SELECT suppliers.id, suppliers.name FROM suppliers WHERE suppliers.id = ?"
PRODUCT_LOOP = Loop(88, "for product in products:", ("product",), "", "products")


@pytest.mark.parametrize(
    "attributes",
    [
        (Attribute("session", "scalar"),),  # the query was built on the line before
        (
            Attribute("session", "scalar"),
            Attribute("Supplier", "id"),
            Attribute("product", "supplier_id"),
        ),
    ],
    ids=["two-lines", "one-line"],
)
def test_async_n_plus_one_fix_names_the_relationship(attributes: tuple[Attribute, ...]) -> None:
    shape = read_shape(SUPPLIER)
    relation = guess_relation(shape, PRODUCT_LOOP, attributes, SchemaHints(), "sqlalchemy")
    assert relation.fix == ".options(joinedload(Product.supplier))"
    assert relation.name == "supplier"


# -- a query keyed by the loop variable itself: one IN query --------------------------------

BY_ID = "SELECT authors.id, authors.name FROM authors WHERE authors.id = ?"
NUMBER_LOOP = Loop(3, "for number in numbers:", ("number",), "", "numbers")
BY_NUMBER_ATTRIBUTES = (Attribute("session", "scalar"), Attribute("Author", "id"))


def test_a_lookup_by_the_loop_variable_suggests_one_in_query() -> None:
    shape = read_shape(BY_ID)
    names = ("Author", "number")
    sqla = guess_relation(
        shape, NUMBER_LOOP, BY_NUMBER_ATTRIBUTES, SchemaHints(), "sqlalchemy", names
    )
    assert sqla.fix == "select(Author).where(Author.id.in_(numbers)) once, before the loop"
    assert "joinedload" not in sqla.fix
    django = guess_relation(shape, NUMBER_LOOP, (), SchemaHints(), "django", ("number",))
    assert django.fix == "Author.objects.filter(id__in=numbers) once, before the loop"


def test_a_relation_of_the_row_is_still_eager_loaded() -> None:
    """`product.supplier_id` is an attribute of the row, not the loop variable used bare."""
    shape = read_shape(SUPPLIER)
    attributes = (Attribute("session", "scalar"), Attribute("product", "supplier_id"))
    relation = guess_relation(
        shape, PRODUCT_LOOP, attributes, SchemaHints(), "sqlalchemy", ("Supplier",)
    )
    assert relation.fix == ".options(joinedload(Product.supplier))"


def test_names_read_on_a_line_leave_out_attribute_bases_calls_and_targets() -> None:
    reader = SourceReader()
    path = str(ROOT / "engine_apps" / "sqla_app.py")
    line = _line(path, "# by number")
    assert set(reader.names_at(path, line)) == {"Author", "number"}
    reverse = _line(path, "# reverse")
    assert "author" not in reader.names_at(path, reverse)  # the comprehension's own target


def test_per_id_lookup_end_to_end() -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    recorder = Recorder()
    engine = create_engine("sqlite://")
    sqla_app.Base.metadata.create_all(engine)
    remove = recorder.instrument_sqlalchemy(engine)
    try:
        with Session(engine) as session:
            sqla_app.seed(session)
            with recorder.context("t"):
                sqla_app.authors_by_number(session, [1, 2, 3, 4, 5, 6])
    finally:
        remove()
        engine.dispose()
    settings = AnalysisSettings(explain=False)
    (finding,) = analyze(recorder.statements(), settings, REGISTRY, None, ROOT)
    assert (finding.code, finding.path) == ("DB101", "engine_apps/sqla_app.py")
    assert finding.line == _line(str(ROOT / "engine_apps" / "sqla_app.py"), "# by number")
    assert finding.fix == "select(Author).where(Author.id.in_(numbers)) once, before the loop"


# -- the recorder forgets a finished capture ------------------------------------------------


@pytest.fixture
def connection() -> Iterator[tuple[Recorder, Any]]:
    recorder = Recorder()
    raw = sqlite3.connect(":memory:")
    library.create(raw)
    yield recorder, recorder.wrap_dbapi(raw, vendor="sqlite", database="main")
    raw.close()


def test_discard_forgets_only_that_capture(connection: tuple[Recorder, Any]) -> None:
    recorder, db = connection
    with recorder.context("first") as first:
        library.author_names(db)
    with recorder.context("second") as second:
        library.titles(db, [1, 2])
    kept = list(second.statements)
    assert len(recorder.statements()) == len(first) + len(second)
    recorder.discard(first)
    assert recorder.statements() == kept
    assert len(first) == 0
    recorder.discard(second)
    recorder.discard(Capture("never used"))
    assert recorder.statements() == []


def test_middleware_recorder_does_not_grow_with_requests(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from middleware_apps.asgi_app import build
    from middleware_apps.sqla_models import sqlite_engine

    from scrutiny.middleware import ReviewSettings, ScrutinyASGIMiddleware

    caplog.set_level(logging.INFO, logger="scrutiny.runtime")
    engine = sqlite_engine()
    app = ScrutinyASGIMiddleware(
        build(engine), engines=[engine], settings=ReviewSettings(root=ROOT)
    )
    try:
        import asyncio

        import httpx

        async def run() -> list[int]:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                return [(await client.get("/books")).status_code for _ in range(3)]

        assert asyncio.run(run()) == [200, 200, 200]
        assert app.reviewer.recorder.statements() == []
        # each text read once over the three requests, its shape kept after their statements
        fingerprinter = app.reviewer.recorder.fingerprinter
        assert fingerprinter.parsed == len(fingerprinter) > 0
    finally:
        app.reviewer.close()
        engine.dispose()


# -- analysis caches reused across calls ----------------------------------------------------


class _CountingReader(SourceReader):
    def __init__(self) -> None:
        super().__init__()
        self.loads = 0

    def _file(self, path: str) -> Any:
        if path not in self._files:
            self.loads += 1
        return super()._file(path)


def test_analysis_caches_are_reused_across_calls(connection: tuple[Recorder, Any]) -> None:
    recorder, db = connection
    with recorder.context("t"):
        library.author_names(db)
    caches = AnalysisCaches(sources=_CountingReader(), shapes=recorder.fingerprinter)
    settings = AnalysisSettings(explain=False)
    statements = recorder.statements()
    parsed = recorder.fingerprinter.parsed  # every text read once, by making the statements
    assert parsed > 0
    first = analyze(statements, settings, REGISTRY, None, ROOT, caches=caches)
    loads = caches.sources.loads  # type: ignore[attr-defined]
    assert first and loads > 0
    assert analyze(statements, settings, REGISTRY, None, ROOT, caches=caches) == first
    assert caches.sources.loads == loads  # type: ignore[attr-defined]
    assert recorder.fingerprinter.parsed == parsed  # the review read no text again


def _line(path: str, marker: str) -> int:
    with open(path, encoding="utf-8") as handle:
        for number, text in enumerate(handle, 1):
            if text.rstrip().endswith(marker):
                return number
    raise LookupError(marker)
