"""Fixtures for the runtime tests: `postgres_dsn`, a throwaway PostgreSQL cluster started once per
session (see postgres_cluster.py: real server, no mocks; skipped without server binaries unless
`SCRUTINY_REQUIRE_POSTGRES=1`), `run_project`, which runs one of the real projects under
tests/projects/ with `pytest --scrutiny` through pytester, and `database_url` (SQLite, PostgreSQL).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator, Mapping

import pytest
from postgres_cluster import throwaway_cluster
from project_runs import PROJECTS, ProjectRun, RunProject

INNER_TIMEOUT_S = 600
SLOW_MS = 250


@pytest.fixture(scope="session")
def postgres_dsn() -> Iterator[str]:
    """A DSN to a PostgreSQL server that lives for the test session (superuser `postgres`)."""
    with throwaway_cluster() as dsn:
        yield dsn


@pytest.fixture
def run_project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> RunProject:
    """Copy `tests/projects/<name>` into pytester's directory and run its own suite with
    `pytest --scrutiny` in a subprocess (the projects configure Django or SQLAlchemy globally),
    with `env` set; the findings are read from the JSON report."""

    def run(name: str, env: Mapping[str, str], *args: str) -> ProjectRun:
        shutil.copytree(
            PROJECTS / name,
            pytester.path,
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns("__pycache__", "*.sqlite3"),
        )
        monkeypatch.delenv("PYTEST_ADDOPTS", raising=False)
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        report = pytester.path / "scrutiny-report.json"
        result = pytester.runpytest_subprocess(
            "--scrutiny",
            "--scrutiny-format=json",
            f"--scrutiny-output={report}",
            # the planted slow statements sleep 500 ms: a high threshold keeps a busy machine's
            # pauses from making ordinary statements "slow"
            f"--scrutiny-slow-ms={SLOW_MS}",
            *args,
            timeout=INNER_TIMEOUT_S,
        )
        assert report.exists(), "no JSON report written\n" + "\n".join(
            result.outlines[-40:] + result.errlines[-40:]
        )
        findings = tuple(json.loads(report.read_text(encoding="utf-8"))["findings"])
        return ProjectRun(result, findings)

    return run


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    """Empty for SQLite (the projects' default), the throwaway cluster's DSN for PostgreSQL."""
    if request.param == "sqlite":
        return ""
    dsn: str = request.getfixturevalue("postgres_dsn")
    return dsn
