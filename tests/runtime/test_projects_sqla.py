"""`pytest --scrutiny` on a real SQLAlchemy 2 + FastAPI project's own test suite, with a sync and an
async engine, on SQLite (pysqlite, aiosqlite) and PostgreSQL (psycopg 3).

The project (tests/projects/runtime_sqla) marks each planted problem with `# planted: CODE` on the
line that issues the statement: an N+1 through a lazy relationship (sync) and through an awaited
query per row (async), duplicate queries (sync and async), a slow statement and a filter on a
column without an index. The review must report exactly those, at those lines; the fixed variant
(`INVENTORY_VARIANT=fixed`) must produce no finding at all.
"""

from __future__ import annotations

from project_runs import PROJECTS, RunProject, planted_sites

PROJECT = "runtime_sqla"
ROUTES = "inventory/routes.py"
TESTS = 7


def test_planted_problems_are_reported_at_their_call_sites(
    run_project: RunProject, database_url: str
) -> None:
    run = run_project(PROJECT, {"DATABASE_URL": database_url, "INVENTORY_VARIANT": "planted"})
    run.result.assert_outcomes(passed=TESTS)
    expected = planted_sites(PROJECTS / PROJECT)
    assert {site.code for site in expected} == {"DB101", "DB107", "DB108", "DB201"}
    assert run.sites() == expected, run.compare(expected)
    fixes = [f["fix"] or "" for f in run.at("DB101", ROUTES)]
    assert any("joinedload(Product.supplier)" in fix for fix in fixes), run.describe()
    (missing_index,) = run.at("DB201", ROUTES)
    assert "barcode" in missing_index["message"] + (missing_index["fix"] or ""), run.describe()


def test_fixed_variant_has_no_findings(run_project: RunProject, database_url: str) -> None:
    run = run_project(PROJECT, {"DATABASE_URL": database_url, "INVENTORY_VARIANT": "fixed"})
    run.result.assert_outcomes(passed=TESTS)
    assert run.findings == (), run.describe()
