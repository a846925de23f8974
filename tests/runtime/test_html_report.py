"""The HTML report: parsed back with `html.parser`, checked for content, grouping and escaping."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from scrutiny.finding import Confidence, Finding, Location, Severity
from scrutiny.reporters.html import render_html
from scrutiny.runtime.explain import SEQ_SCAN, Plan, Scan
from scrutiny.runtime.statement import Frame, Statement

ROOT = "/srv/shop"
AUTHOR_SQL = 'SELECT "author"."id", "author"."name" FROM "author" WHERE "author"."id" = ?'
AUTHOR_FP = 'SELECT "author"."id", "author"."name" FROM "author" WHERE "author"."id" = ?'
BOOKS_SQL = 'SELECT "book"."id", "book"."author_id" FROM "book"'


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def all_text(self) -> str:
        parts = list(self.text)
        for child in self.children:
            parts.append(child.all_text())
        return "".join(parts)

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        found = []
        stack = list(reversed(self.children))
        while stack:
            node = stack.pop()
            classes = node.attrs.get("class", "").split()
            if (tag is None or node.tag == tag) and (cls is None or cls in classes):
                found.append(node)
            stack.extend(reversed(node.children))
        return found


VOID = {"meta", "br", "img", "link", "input", "hr"}


class TreeBuilder(HTMLParser):
    """A small DOM: enough to check where text lands; fails on unbalanced tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]
        self.declarations: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.declarations.append(decl)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].text.append(data)


def parse(page: str) -> Node:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.stack == [builder.root], "unclosed tags"
    assert builder.declarations == ["DOCTYPE html"]
    return builder.root


def frame(line: int, function: str = "list_books", path: str = f"{ROOT}/shop/views.py") -> Frame:
    return Frame(path, line, function, f"code at line {line}")


def statement(
    sql: str,
    fingerprint: str,
    *,
    context: str,
    line: int,
    params: str | None = None,
    duration: float = 0.5,
) -> Statement:
    return Statement(
        sql=sql,
        fingerprint=fingerprint,
        params=params,
        duration_ms=duration,
        rows=1,
        database="default",
        vendor="sqlite",
        many=False,
        stack=(frame(line), frame(40, "test_books", f"{ROOT}/tests/test_views.py")),
        context=context,
    )


def n_plus_one_run() -> list[Statement]:
    test = "tests/test_views.py::test_books"
    run = [statement(BOOKS_SQL, BOOKS_SQL, context=test, line=10)]
    run += [
        statement(AUTHOR_SQL, AUTHOR_FP, context=test, line=12, params=f"({n},)")
        for n in range(1, 8)
    ]
    run.append(statement(BOOKS_SQL, BOOKS_SQL, context="tests/test_views.py::test_other", line=10))
    return run


def n_plus_one_finding() -> Finding:
    return Finding(
        code="DB101",
        name="n-plus-one",
        message="7 queries on author from one call site in tests/test_views.py::test_books",
        severity=Severity.MEDIUM,
        confidence=Confidence.HIGH,
        location=Location("shop/views.py", 12),
        fix='select_related("author")',
    )


def test_page_is_well_formed_and_self_contained() -> None:
    page = render_html([n_plus_one_finding()], n_plus_one_run(), root=ROOT, tool_version="9.9")
    tree = parse(page)
    assert not tree.find_all("script")
    assert not tree.find_all("link")
    assert not tree.find_all("img")
    for node in tree.find_all():
        for name in ("src", "href"):
            value = node.attrs.get(name)
            assert value is None or value.startswith("#"), f"external reference {value}"
    assert "http://" not in page and "https://" not in page
    assert tree.find_all("style"), "styles are inline"
    assert "scrutiny 9.9" in tree.find_all("footer")[0].all_text()


def test_queries_grouped_by_test_then_fingerprint_then_call_site() -> None:
    tree = parse(render_html([n_plus_one_finding()], n_plus_one_run(), root=ROOT))
    contexts = tree.find_all("details", "context")
    names = [c.find_all(cls="context-name")[0].all_text() for c in contexts]
    assert names == ["tests/test_views.py::test_books", "tests/test_views.py::test_other"]

    first = contexts[0]
    assert "8 statements" in first.find_all("summary")[0].all_text()
    queries = first.find_all("div", "query")
    # the repeated query comes first (most executions)
    assert [q.find_all("pre", "fingerprint")[0].all_text() for q in queries] == [
        AUTHOR_FP,
        BOOKS_SQL,
    ]
    repeated = queries[0]
    assert "7\u00d7 (7 distinct parameter sets)" in repeated.all_text()
    sites = repeated.find_all("div", "site")
    assert len(sites) == 1
    assert sites[0].find_all("code", "site-place")[0].all_text() == "shop/views.py:12"
    assert sites[0].find_all("pre", "site-code")[0].all_text() == "code at line 12"
    stack = [li.all_text() for li in sites[0].find_all("li")]
    assert stack == [
        "shop/views.py:12 in list_books: code at line 12",
        "tests/test_views.py:40 in test_books: code at line 40",
    ]
    params = [c.all_text() for c in sites[0].find_all("code", "params")]
    assert params == [f"({n},)" for n in range(1, 8)]
    # the finding is linked from its call site
    badges = sites[0].find_all("a", "badge")
    assert [(b.all_text(), b.attrs["href"]) for b in badges] == [("DB101", "#finding-1")]

    other = contexts[1].find_all("div", "query")
    assert len(other) == 1
    assert "1 statement," in contexts[1].find_all("summary")[0].all_text()


def test_findings_section_lists_each_finding_with_its_fix() -> None:
    tree = parse(render_html([n_plus_one_finding()], n_plus_one_run(), root=ROOT))
    cards = tree.find_all("div", "finding")
    assert len(cards) == 1
    card = cards[0]
    assert card.attrs["id"] == "finding-1"
    assert card.attrs["data-code"] == "DB101"
    assert card.find_all("code", "place")[0].all_text() == "shop/views.py:12"
    assert card.find_all("div", "message")[0].all_text().startswith("7 queries on author")
    assert card.find_all("div", "fix")[0].all_text() == 'fix: select_related("author")'
    summary = tree.find_all("p", "summary")[0].all_text()
    assert summary == (
        "1 finding; 9 statements (2 distinct queries) in 2 tests or requests, 4.5 ms in the "
        "database."
    )


def test_plan_is_shown_with_its_full_scans() -> None:
    plan = Plan(
        "sqlite",
        "SCAN book",
        (Scan("book", SEQ_SCAN, "SCAN book"),),
    )
    page = render_html([], n_plus_one_run(), plans={("default", BOOKS_SQL): plan}, root=ROOT)
    tree = parse(page)
    plans = tree.find_all("details", "plan")
    assert len(plans) == 2  # the books query, in both tests
    shown = plans[0]
    assert "open" in shown.attrs
    assert "full table scan" in shown.find_all("summary")[0].all_text()
    cells = [td.all_text() for td in shown.find_all("td")]
    assert cells == ["book", SEQ_SCAN, "SCAN book"]
    assert shown.find_all("pre", "plan-text")[0].all_text() == "SCAN book"
    # the author query has no plan
    author = tree.find_all("div", "query")[0]
    assert not author.find_all("details", "plan")


def test_everything_from_the_database_or_the_code_is_escaped() -> None:
    hostile = "<script>alert('x')</script>"
    run = [
        Statement(
            sql=f"SELECT '{hostile}' FROM t",
            fingerprint=f"SELECT '{hostile}' FROM t",
            params=f"('{hostile}', \"&amp;\")",
            duration_ms=1.0,
            rows=None,
            database="default",
            vendor="sqlite",
            many=True,
            stack=(Frame(f"{ROOT}/app/<x>.py", 3, "<module>", f"cursor.execute({hostile!r})"),),
            context=f"tests/test_x.py::test_[{hostile}]",
        )
    ]
    finding = Finding(
        code="DB107",
        name="duplicate-query",
        message=f"message {hostile}",
        severity=Severity.LOW,
        confidence=Confidence.HIGH,
        location=Location("app/<x>.py", 3),
        fix=f"fix {hostile}",
    )
    plan = Plan("sqlite", f"plan {hostile}", (Scan(f"t{hostile}", "index", hostile),))
    page = render_html(
        [finding], run, plans={("default", run[0].fingerprint): plan}, root=ROOT, title=hostile
    )
    assert "<script>" not in page
    tree = parse(page)
    assert not tree.find_all("script")
    assert tree.find_all("title")[0].all_text() == hostile
    assert tree.find_all(cls="context-name")[0].all_text() == f"tests/test_x.py::test_[{hostile}]"
    assert tree.find_all("code", "sql")[0].all_text() == f"SELECT '{hostile}' FROM t"
    assert tree.find_all("code", "params")[0].all_text() == f"('{hostile}', \"&amp;\")"
    assert tree.find_all("code", "site-place")[0].all_text() == "app/<x>.py:3"
    assert tree.find_all("div", "message")[0].all_text() == f"message {hostile}"
    assert tree.find_all("pre", "plan-text")[0].all_text() == f"plan {hostile}"
    assert "(executemany)" in tree.find_all("table")[-1].all_text()


def test_empty_run_and_determinism() -> None:
    tree = parse(render_html([], []))
    assert "No findings." in tree.find_all("section")[0].all_text()
    assert "No statements were recorded." in tree.find_all("section")[1].all_text()
    run = n_plus_one_run()
    assert render_html([n_plus_one_finding()], run, root=ROOT) == render_html(
        [n_plus_one_finding()], list(run), root=ROOT
    )


def test_long_groups_list_ten_statements_and_count_the_rest() -> None:
    run = [
        statement(AUTHOR_SQL, AUTHOR_FP, context="t", line=12, params=f"({n},)") for n in range(25)
    ]
    tree = parse(render_html([], run, root=ROOT))
    site = tree.find_all("div", "site")[0]
    assert len(site.find_all("code", "params")) == 10
    assert "and 15 more." in site.all_text()


def test_paths_outside_the_root_stay_absolute() -> None:
    run = [
        Statement(
            sql="SELECT 1",
            fingerprint="SELECT ?",
            params=None,
            duration_ms=0.0,
            rows=None,
            database="default",
            vendor="sqlite",
            many=False,
            stack=(Frame("/elsewhere/lib.py", 7, "helper", "run()"),),
            context="t",
        ),
        Statement(
            sql="SELECT 2",
            fingerprint="SELECT ?",
            params=None,
            duration_ms=0.0,
            rows=None,
            database="default",
            vendor="sqlite",
            many=False,
            stack=(),
            context="t",
        ),
    ]
    tree = parse(render_html([], run, root=str(Path(ROOT))))
    places = [c.all_text() for c in tree.find_all("code", "site-place")]
    assert places == ["/elsewhere/lib.py:7", "(no user code on the stack)"]


def test_overview_and_links_between_findings_and_call_sites() -> None:
    tree = parse(render_html([n_plus_one_finding()], n_plus_one_run(), root=ROOT))
    ids = {node.attrs["id"] for node in tree.find_all() if "id" in node.attrs}
    for link in tree.find_all("a"):
        assert link.attrs["href"].removeprefix("#") in ids, link.attrs["href"]

    seen = tree.find_all("div", "seen-in")[0]
    (link,) = seen.find_all("a")
    assert link.all_text() == "tests/test_views.py::test_books"
    target = next(
        n for n in tree.find_all("div", "site") if n.attrs["id"] == link.attrs["href"][1:]
    )
    assert target.find_all("code", "site-place")[0].all_text() == "shop/views.py:12"

    rows = tree.find_all("table", "overview")[0].find_all("tr")[1:]
    cells = [[td.all_text() for td in row.find_all("td")] for row in rows]
    assert cells == [
        ["tests/test_views.py::test_books", "8", "2", "4.0 ms", "1"],
        ["tests/test_views.py::test_other", "1", "1", "0.5 ms", ""],
    ]
    # only the tests with findings start unfolded
    contexts = tree.find_all("details", "context")
    assert ["open" in c.attrs for c in contexts] == [True, False]
