"""The SQL reader: one fingerprint per statement shape, whatever its literals, placeholders and
IN-list lengths; what is and is not a filter (on the statements that trip a token reader), the
tables a statement reads, its verb, and input it must survive."""

from __future__ import annotations

import pytest

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


def test_django_placeholders_and_quoted_names() -> None:
    sql = 'SELECT "shop_book"."id" FROM "shop_book" WHERE "shop_book"."author_id" = %s'
    shape = read_shape(sql)
    assert shape.tables == ("shop_book",)
    assert shape.filters == (Filter("shop_book", "author_id", "eq"),)


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


def test_statements_of_any_verb_get_a_fingerprint() -> None:
    first = read_shape("FROBNICATE widgets WITH 'x', 'y', 3")
    second = read_shape("FROBNICATE widgets WITH 'zz', 'q', 4")
    assert first.fingerprint == second.fingerprint
    assert "'x'" not in first.fingerprint
    assert first.filters == ()


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        # a function of a column is not the column: no index on it serves the condition
        ("SELECT * FROM t WHERE UPPER(name) = ?", set()),
        ("SELECT * FROM t WHERE name = UPPER(?)", {Filter("t", "name", "eq")}),
        ("SELECT * FROM t WHERE a + 1 = b", {Filter("t", "b", "eq")}),
        ("SELECT * FROM t WHERE a > b + 1", {Filter("t", "a", "range")}),
        # sqlparse lexes these column names as keywords
        ("SELECT * FROM t WHERE type = ? AND key IN (?, ?)", {("type", "eq"), ("key", "in")}),
        # BETWEEN's AND joins its bounds, not two conditions
        (
            "SELECT * FROM t JOIN r ON r.id = t.r_id WHERE t.x BETWEEN r.lo AND r.hi AND t.y = ?",
            {("x", "range"), ("y", "eq"), ("id", "join"), ("r_id", "join")},
        ),
        ("SELECT * FROM t WHERE x NOT IN (?) AND y NOT LIKE ?", {("x", "in"), ("y", "range")}),
        ("SELECT * FROM t WHERE x <> ? AND y IS NOT NULL AND z != ?", set()),
        ("SELECT * FROM t WHERE x = ANY(%s)", {("x", "eq")}),
        (
            'SELECT * FROM "t" WHERE ("t"."active" AND NOT ("t"."hidden"))',
            {("active", "eq"), ("hidden", "eq")},
        ),
        # DISTINCT ON is a projection; a window's ORDER BY sorts no rows of the result
        ('SELECT DISTINCT ON ("t"."a") "t"."b" FROM "t"', set()),
        (
            "SELECT ROW_NUMBER() OVER (ORDER BY t.a) FROM t ORDER BY t.b DESC NULLS LAST",
            {("b", "order")},
        ),
        ("SELECT a FROM t WHERE b UNION SELECT a FROM t ORDER BY a", {("b", "eq")}),
        ("SELECT a FROM t ORDER BY a + 1", set()),
        ("SELECT * FROM t ORDER BY t.a ASC NULLS LAST, t.b", {("a", "order"), ("b", "order")}),
        # SQL's own values are not columns, though sqlparse lexes them like `type`
        ("SELECT * FROM t WHERE t.d >= CURRENT_TIMESTAMP", {("d", "range")}),
        # unqualified columns belong to the only table, or to none
        ("SELECT * FROM t, u WHERE x = ?", set()),
        ("UPDATE t SET a = ? WHERE id = ?", {("id", "eq")}),
        ("DELETE FROM t WHERE id IN (SELECT t_id FROM u WHERE u.flag)", {("flag", "eq")}),
        ("INSERT INTO t (a) SELECT a FROM u WHERE u.b = ?", set()),
    ],
)
def test_filters(sql: str, expected: set[object]) -> None:
    filters = set(read_shape(sql).filters)
    if all(isinstance(item, Filter) for item in expected):
        assert filters == expected
    else:
        assert {(f.column, f.op) for f in filters} == expected


@pytest.mark.parametrize(
    ("sql", "tables"),
    [
        ('SELECT * FROM "t" WHERE EXTRACT(YEAR FROM "t"."day") = %s', ("t",)),
        ("SELECT * FROM s.t AS x LEFT OUTER JOIN u ON u.id = x.u_id", ("t", "u")),
        ('INSERT INTO "t" ("a", "b") VALUES (%s, %s)', ("t",)),
        ("SELECT * FROM generate_series(1, 3) g", ()),
        ("SELECT * FROM (SELECT * FROM t) AS sub", ("t",)),
        ("SELECT * FROM t FOR UPDATE NOWAIT", ("t",)),
        ("SELECT * FROM t WHERE t.a IS DISTINCT FROM t.b", ("t",)),
        ("INSERT INTO t (a) VALUES (%s) ON DUPLICATE KEY UPDATE a = VALUES(a)", ("t",)),
        ("INSERT INTO t (a) VALUES (?) ON CONFLICT (a) DO UPDATE SET a = ?", ("t",)),
    ],
)
def test_tables(sql: str, tables: tuple[str, ...]) -> None:
    assert read_shape(sql).tables == tables


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
        ("WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x", "insert"),
        ("WITH x AS (DELETE FROM t RETURNING id) SELECT * FROM x", "select"),
        ("(SELECT 1) UNION (SELECT 2)", "select"),
        ("SELECT * FROM t FOR UPDATE", "select"),
        ("EXPLAIN SELECT 1", "other"),
        ("", "other"),
    ],
)
def test_kind(sql: str, kind: str) -> None:
    assert read_shape(sql).kind == kind


@pytest.mark.parametrize(
    ("sql", "fingerprint"),
    [
        (
            'SELECT COUNT(*) AS "__count" FROM "t" WHERE "t"."x" IN (%s, %s, %s)',
            'SELECT COUNT(*) AS "__count" FROM "t" WHERE "t"."x" IN (?)',
        ),
        (
            "INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y') RETURNING t.id",
            "INSERT INTO t (a, b) VALUES (?, ?) RETURNING t.id",
        ),
        (
            "SELECT x::text FROM t WHERE id IN (SELECT 1)",
            "SELECT x::text FROM t WHERE id IN (SELECT ?)",
        ),
        ("select  a ,b from t where c=1 ;", "SELECT a, b FROM t WHERE c = ?"),
        ("select type from t order by type", "SELECT type FROM t ORDER BY type"),
    ],
)
def test_fingerprint_spelling(sql: str, fingerprint: str) -> None:
    assert read_shape(sql).fingerprint == fingerprint


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT ((( FROM WHERE",
        ") ) SELECT * FROM t WHERE (x = 1",
        "(" * 20_000 + "SELECT 1" + ")" * 20_000,
        "SELECT * FROM t WHERE " + " AND ".join(f"c{i} = {i}" for i in range(20_000)),
        "SELECT '\x00\ufffd' FROM \u00e9t\u00e9 WHERE \u00e9 = ?",
    ],
    ids=["garbage", "unbalanced", "deep", "long", "odd characters"],
)
def test_any_text_gets_a_shape(sql: str) -> None:
    shape = read_shape(sql)
    assert shape.fingerprint and "'\x00" not in shape.fingerprint
