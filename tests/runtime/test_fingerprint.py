"""Fingerprints: one per statement shape, whatever its literals, placeholders, IN-list lengths."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.runtime.fingerprint import Fingerprinter
from scrutiny.runtime.shape_store import ShapeStore
from scrutiny.runtime.sql_reader import Filter, read_shape


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("SELECT * FROM t WHERE id = 1", "SELECT * FROM t WHERE id = 2"),
        ("SELECT * FROM t WHERE id = ?", "SELECT * FROM t WHERE id = 42"),
        ("SELECT * FROM t WHERE id = %s", "SELECT * FROM t WHERE id = %(id)s"),
        ("SELECT * FROM t WHERE id = :id", "SELECT * FROM t WHERE id = $1"),
        ("SELECT * FROM t WHERE x IN (1, 2, 3)", "SELECT * FROM t WHERE x IN (%s)"),
        ("SELECT * FROM t WHERE x NOT IN (1, 2)", "SELECT * FROM t WHERE x NOT IN (?)"),
        ("SELECT * FROM t WHERE s = 'a'", "SELECT  *  FROM t\n WHERE s = 'bb' -- why\n"),
        ("SELECT * FROM t WHERE a=1", "SELECT * FROM t WHERE a = /* hint */ 2;"),
        ("INSERT INTO t (a) VALUES (1), (2)", "INSERT INTO t (a) VALUES (%s)"),
        ('SELECT "t"."a" FROM "t" LIMIT 21', 'SELECT "t"."a" FROM "t" LIMIT 1'),
        ("SELECT * FROM t WHERE f = -1.5e3", "SELECT * FROM t WHERE f = 0x1F"),
    ],
)
def test_same_shape_same_fingerprint(first: str, second: str) -> None:
    assert read_shape(first).fingerprint == read_shape(second).fingerprint


def test_different_shapes_differ() -> None:
    a = read_shape("SELECT * FROM t WHERE id = 1").fingerprint
    b = read_shape("SELECT * FROM t WHERE name = 1").fingerprint
    assert a != b


def test_literals_become_question_marks() -> None:
    shape = read_shape("SELECT * FROM t WHERE x IN (%s, %s) AND y = 'k' LIMIT 5")
    assert shape.fingerprint == "SELECT * FROM t WHERE x IN (?) AND y = ? LIMIT ?"
    assert shape.kind == "select"


def test_django_format_placeholders_parse_on_sqlite() -> None:
    sql = 'SELECT "shop_book"."id" FROM "shop_book" WHERE "shop_book"."author_id" = %s'
    shape = read_shape(sql)
    assert shape.tables == ("shop_book",)
    assert shape.filters == (Filter("shop_book", "author_id", "eq"),)


@pytest.mark.parametrize(
    ("sql", "kind"),
    [
        ("select 1", "select"),
        ("WITH x AS (SELECT 1) SELECT * FROM x", "select"),
        ("INSERT INTO t VALUES (1)", "insert"),
        ("UPDATE t SET a = 1 WHERE id = 2", "update"),
        ("DELETE FROM t WHERE id = 2", "delete"),
        ('SAVEPOINT "s1_x1"', "other"),
        ("BEGIN", "other"),
    ],
)
def test_kind(sql: str, kind: str) -> None:
    assert read_shape(sql).kind == kind


def test_filters_resolve_aliases_and_kinds_of_condition() -> None:
    sql = (
        "SELECT b.id FROM book AS b JOIN author a ON a.id = b.author_id "
        "WHERE b.status = ? AND a.created > ? AND b.id IN (?, ?) AND NOT b.archived "
        "ORDER BY b.title"
    )
    filters = set(read_shape(sql).filters)
    assert {
        Filter("book", "status", "eq"),
        Filter("author", "created", "range"),
        Filter("book", "id", "in"),
        Filter("book", "archived", "eq"),
        Filter("author", "id", "join"),
        Filter("book", "author_id", "join"),
        Filter("book", "title", "order"),
    } == filters
    assert read_shape(sql).table_for("b") == "book"


def test_unparsable_sql_still_gets_a_fingerprint_from_the_tokenizer() -> None:
    first = read_shape("FROBNICATE widgets WITH 'x', 'y', 3")
    second = read_shape("FROBNICATE widgets WITH 'zz', 'q', 4")
    assert first.fingerprint == second.fingerprint
    assert "'x'" not in first.fingerprint
    assert first.filters == ()


def test_fingerprinter_memoizes_per_text() -> None:
    fingerprinter = Fingerprinter(limit=2)
    first = fingerprinter.shape("SELECT 1")
    assert fingerprinter.shape("SELECT 1") is first
    fingerprinter.shape("SELECT 2")
    fingerprinter.shape("SELECT 3")  # over the limit: the cache starts again
    assert fingerprinter.shape("SELECT 1") == first


def test_shapes_stored_by_one_run_are_known_to_the_next(tmp_path: Path) -> None:
    store = ShapeStore(tmp_path)
    first = Fingerprinter()
    shape = first.shape("SELECT * FROM t WHERE id IN (1, 2)")
    store.save(first)
    second = Fingerprinter()
    store.fill(second)
    assert second.shape("SELECT * FROM t WHERE id IN (1, 2)") == shape
    assert second.parsed == 0  # known, not parsed again


def test_a_corrupt_store_is_empty_and_a_run_that_parsed_nothing_writes_nothing(
    tmp_path: Path,
) -> None:
    store = ShapeStore(tmp_path)
    store.save(Fingerprinter())
    assert not store.path.exists()
    store.path.write_bytes(b"not a pickle")
    assert store.load() == {}
