"""`pytest --scrutiny` on a real Django project's own test suite, on SQLite and PostgreSQL.

The project (tests/projects/runtime_django) marks each planted problem with `# planted: CODE` on
the line that issues the statement: an N+1 over a foreign key and one over a many-to-many
relation, a duplicate query, a slow statement and a filter on a column without an index. The
review must report exactly those, at those lines; the fixed variant of the same project (same
tests, `LIBRARY_VARIANT=fixed`) must produce no finding at all.
"""

from __future__ import annotations

from project_runs import PROJECTS, RunProject, planted_sites

PROJECT = "runtime_django"
VIEWS = "library/views.py"
TESTS = 5


def test_planted_problems_are_reported_at_their_call_sites(
    run_project: RunProject, database_url: str
) -> None:
    run = run_project(PROJECT, {"DATABASE_URL": database_url, "LIBRARY_VARIANT": "planted"})
    run.result.assert_outcomes(passed=TESTS)
    expected = planted_sites(PROJECTS / PROJECT)
    assert {site.code for site in expected} == {"DB101", "DB107", "DB108", "DB201"}
    assert run.sites() == expected, run.compare(expected)
    fixes = [f["fix"] or "" for f in run.at("DB101", VIEWS)]
    assert any('select_related("author")' in fix for fix in fixes), run.describe()
    (missing_index,) = run.at("DB201", VIEWS)
    assert "supplier_code" in missing_index["message"] + (missing_index["fix"] or ""), (
        run.describe()
    )


def test_fixed_variant_has_no_findings(run_project: RunProject, database_url: str) -> None:
    run = run_project(PROJECT, {"DATABASE_URL": database_url, "LIBRARY_VARIANT": "fixed"})
    run.result.assert_outcomes(passed=TESTS)
    assert run.findings == (), run.describe()


def test_findings_of_xdist_workers_are_merged(run_project: RunProject) -> None:
    run = run_project(PROJECT, {"DATABASE_URL": "", "LIBRARY_VARIANT": "planted"}, "-n", "2")
    run.result.assert_outcomes(passed=TESTS)
    expected = planted_sites(PROJECTS / PROJECT)
    assert run.sites() == expected, run.compare(expected)
