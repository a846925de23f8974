"""`pytest --scrutiny` through pytester on a small SQLAlchemy + SQLite project: inert without
the option, report and enforce modes, output formats, budgets, options, pytest-xdist merging.
Each run is a subprocess: SQLAlchemy cannot be imported afresh inside one process."""

from __future__ import annotations

import json
import textwrap

import pytest

from scrutiny.registry import Registry

pytest_plugins = ["pytester"]

APP = """
from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    author: Mapped[Author] = relationship()


def make_session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    session = Session(engine)
    for number in range(6):
        session.add(Book(status="draft", author=Author(name=f"a{number}")))
    session.commit()
    session.expire_all()
    return session


def author_names(session):
    return [book.author.name for book in session.scalars(select(Book))]  # N+1


def drafts(session):
    return session.scalars(select(Book).where(Book.status == "draft")).all()  # scan
"""

TESTS = """
import pytest
from app import author_names, drafts, make_session


def test_names():
    assert len(author_names(make_session())) == 6


def test_drafts():
    assert len(drafts(make_session())) == 6
"""


def app_line(marker: str) -> int:
    lines = APP.lstrip("\n").splitlines()
    return next(n for n, t in enumerate(lines, 1) if t.endswith(f"# {marker}"))


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makepyfile(app=APP, test_app=TESTS)
    pytester.makeini("[pytest]\naddopts = -p no:cacheprovider\n")
    return pytester


def test_inert_without_the_option(project: pytest.Pytester) -> None:
    project.makepyfile(
        test_marked=textwrap.dedent(
            """
            import pytest
            from app import author_names, make_session

            @pytest.mark.scrutiny_max_queries(1)
            def test_over_budget_but_not_enforced():
                author_names(make_session())
            """
        )
    )
    result = project.runpytest_subprocess("--strict-markers")
    result.assert_outcomes(passed=3)
    assert "SQL review" not in result.stdout.str()


def test_report_mode_never_fails(project: pytest.Pytester) -> None:
    result = project.runpytest_subprocess("--scrutiny")
    result.assert_outcomes(passed=2)
    assert result.ret == 0
    out = result.stdout.str()
    assert "scrutiny: SQL review" in out
    assert f"app.py:{app_line('N+1')}:" in out and "DB101" in out
    assert f"app.py:{app_line('scan')}:" in out and "DB201" in out
    assert "joinedload(Book.author)" in out


def test_fail_on(project: pytest.Pytester) -> None:
    failing = project.runpytest_subprocess("--scrutiny-fail-on=low")
    failing.assert_outcomes(passed=2)
    assert failing.ret == pytest.ExitCode.TESTS_FAILED
    passing = project.runpytest_subprocess("--scrutiny-fail-on=critical")
    assert passing.ret == 0
    bad = project.runpytest_subprocess("--scrutiny-fail-on=nope")
    assert bad.ret == pytest.ExitCode.USAGE_ERROR
    assert "unknown severity 'nope'" in bad.stderr.str()


def test_json_and_sarif_reports(project: pytest.Pytester) -> None:
    report = project.path / "out" / "report.json"
    project.runpytest_subprocess(
        "--scrutiny", "--scrutiny-format=json", f"--scrutiny-output={report}"
    )
    findings = json.loads(report.read_text(encoding="utf-8"))["findings"]
    assert {(f["code"], f["location"]["path"], f["location"]["line"]) for f in findings} == {
        ("DB101", "app.py", app_line("N+1")),
        ("DB201", "app.py", app_line("scan")),
    }
    registry = Registry.load()
    for finding in findings:  # the registry's metadata, not the engine's fallback
        rule = registry.get(finding["code"])
        assert rule is not None
        assert (finding["name"], finding["severity"]) == (rule.name, rule.severity.label)
    sarif = project.path / "report.sarif"
    project.runpytest_subprocess(
        "--scrutiny", "--scrutiny-format=sarif", f"--scrutiny-output={sarif}"
    )
    document = json.loads(sarif.read_text(encoding="utf-8"))
    results = document["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"DB101", "DB201"}


def test_threshold_and_no_explain_options(project: pytest.Pytester) -> None:
    report = project.path / "report.json"
    project.runpytest_subprocess(
        "--scrutiny",
        "--scrutiny-threshold=7",
        "--scrutiny-no-explain",
        "--scrutiny-format=json",
        f"--scrutiny-output={report}",
    )
    assert json.loads(report.read_text(encoding="utf-8"))["findings"] == []


def test_slow_ms_option(project: pytest.Pytester) -> None:
    report = project.path / "report.json"
    project.runpytest_subprocess(
        "--scrutiny",
        "--scrutiny-slow-ms=0",
        "--scrutiny-format=json",
        f"--scrutiny-output={report}",
    )
    codes = {f["code"] for f in json.loads(report.read_text(encoding="utf-8"))["findings"]}
    assert "DB108" in codes


def test_allowlists_in_the_ini_file(project: pytest.Pytester) -> None:
    project.makeini(
        "[pytest]\naddopts = -p no:cacheprovider\n"
        "scrutiny_allow_sites =\n    app.py::drafts\n"
        "scrutiny_allow_fingerprints =\n    SELECT authors.*\n"
    )
    report = project.path / "report.json"
    project.runpytest_subprocess(
        "--scrutiny", "--scrutiny-format=json", f"--scrutiny-output={report}"
    )
    assert json.loads(report.read_text(encoding="utf-8"))["findings"] == []


def test_budget_marker(project: pytest.Pytester) -> None:
    project.makepyfile(
        test_budget=textwrap.dedent(
            """
            import pytest
            from app import author_names, drafts, make_session

            @pytest.fixture
            def session():
                return make_session()  # setup: not counted

            @pytest.mark.scrutiny_max_queries(3)
            def test_over_budget(session):
                author_names(session)

            @pytest.mark.scrutiny_max_queries(n=1, reads_only=True)
            def test_within_budget(session):
                drafts(session)
            """
        )
    )
    result = project.runpytest_subprocess("--scrutiny", "test_budget.py")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*test_budget.py::test_over_budget: 7 queries, budget 3",
            f"*1. app.py:{app_line('N+1')}  SELECT books.id, books.status*",
            f"*7. app.py:{app_line('N+1')}  SELECT authors.id, authors.name FROM authors WHERE*",
        ]
    )


def test_scrutiny_queries_fixture_with_and_without_the_option(project: pytest.Pytester) -> None:
    project.makepyfile(
        test_fixture=textwrap.dedent(
            """
            from app import author_names, drafts, make_session

            def test_counts(scrutiny_queries):
                session = make_session()
                scrutiny_queries.clear()
                drafts(session)
                assert len(scrutiny_queries) == 1
                assert scrutiny_queries[0].sql.startswith("SELECT books.id")
                scrutiny_queries.assert_max(1)

            def test_fails_with_the_queries(scrutiny_queries):
                session = make_session()
                scrutiny_queries.clear()
                author_names(session)
                scrutiny_queries.assert_max(2)
            """
        )
    )
    for args in ((), ("--scrutiny",)):
        result = project.runpytest_subprocess(*args, "test_fixture.py")
        result.assert_outcomes(passed=1, failed=1)
        result.stdout.fnmatch_lines(["*7 queries, budget 2*", "*app.py:*SELECT authors.id*"])


def test_xdist_workers_results_are_merged(project: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    project.makepyfile(
        test_more=textwrap.dedent(
            """
            from app import author_names, make_session

            def test_names_again():
                author_names(make_session())
            """
        )
    )
    report = project.path / "report.json"
    result = project.runpytest_subprocess(
        "--scrutiny", "-n", "2", "--scrutiny-format=json", f"--scrutiny-output={report}"
    )
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["*SQL statements recorded in 3 tests*"])
    findings = json.loads(report.read_text(encoding="utf-8"))["findings"]
    assert {(f["code"], f["location"]["line"]) for f in findings} == {
        ("DB101", app_line("N+1")),
        ("DB201", app_line("scan")),
    }
    (n_plus_one,) = [f for f in findings if f["code"] == "DB101"]
    assert "and 1 more" in n_plus_one["message"]  # two tests, perhaps on two workers


def test_noqa_on_the_call_site_line(project: pytest.Pytester) -> None:
    source = (project.path / "app.py").read_text(encoding="utf-8")
    project.path.joinpath("app.py").write_text(
        source.replace("# N+1", "# noqa: DB101").replace(
            "# scan", "# scrutiny: ignore[missing-index]"
        ),
        encoding="utf-8",
    )
    report = project.path / "report.json"
    project.runpytest_subprocess(
        "--scrutiny", "--scrutiny-format=json", f"--scrutiny-output={report}"
    )
    assert json.loads(report.read_text(encoding="utf-8"))["findings"] == []


def test_a_format_without_an_output_file_goes_to_the_terminal(project: pytest.Pytester) -> None:
    result = project.runpytest_subprocess("--scrutiny", "--scrutiny-format=github")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines([f"::*file=app.py,line={app_line('N+1')}*DB101*"])


def test_without_the_runtime_extra_the_run_stops_with_the_install_line(
    project: pytest.Pytester,
) -> None:
    project.makeconftest("import sys\n\nsys.modules['sqlparse'] = None  # as if not installed\n")
    result = project.runpytest_subprocess("--scrutiny")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "--scrutiny needs sqlparse" in result.stderr.str()
    assert "pip install 'scrutiny[runtime]'" in result.stderr.str()


def test_a_rerun_reads_the_parsed_sql_back_and_reports_the_same(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shapes of the SQL are kept between runs: the second run reads no SQL text again."""
    cache = project.path / "cache"
    monkeypatch.setenv("SCRUTINY_CACHE_DIR", str(cache))
    project.makeconftest(
        """
        from scrutiny.pytest_plugin._session import STATE

        def pytest_unconfigure(config):
            print("texts read:", config.stash[STATE].recorder.fingerprinter.parsed > 0)
        """
    )
    reports: list[list[dict[str, object]]] = []
    for read in (True, False):
        report = project.path / f"report-{len(reports)}.json"
        result = project.runpytest_subprocess(
            "--scrutiny", "--scrutiny-format=json", f"--scrutiny-output={report}", "-s"
        )
        assert f"texts read: {read}" in result.stdout.str()
        reports.append(json.loads(report.read_text(encoding="utf-8"))["findings"])
    assert reports[0] == reports[1] and len(reports[0]) == 2
    assert len(list(cache.glob("runtime-shapes-*.pickle"))) == 1


def test_no_cache_option_keeps_nothing(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = project.path / "cache"
    monkeypatch.setenv("SCRUTINY_CACHE_DIR", str(cache))
    report = project.path / "report.json"
    project.runpytest_subprocess(
        "--scrutiny", "--scrutiny-no-cache", "--scrutiny-format=json", f"--scrutiny-output={report}"
    )
    assert report.exists()
    assert not list(cache.glob("runtime-shapes-*"))  # (the static check linked to has its own)
