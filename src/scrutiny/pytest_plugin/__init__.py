"""`pytest --scrutiny`: record the SQL the test suite issues and review it.

Registered through the `pytest11` entry point `scrutiny`, and inert unless `--scrutiny` (report,
never fails the run) or `--scrutiny-fail-on=SEVERITY` (enforce) is given. Each test's call phase is
a recording context named by its node id. Django is imported only when it is already configured
(with or without pytest-django): every connection is wrapped with `execute_wrapper`, including
those opened later. SQLAlchemy, when installed, gets class-level engine listeners, so engines the
project creates are seen. Findings are reported at the end of the session through the ordinary
reporters (`--scrutiny-format`, `--scrutiny-output`); under pytest-xdist the workers send their
statements to the controller, which analyses them together.

Budgets: `@pytest.mark.scrutiny_max_queries(n)` fails a test that issues more than `n`
statements (only with `--scrutiny`); the `scrutiny_queries` fixture (list-like, with
`assert_max(n)`) records the current test's statements and works with or without `--scrutiny`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from scrutiny.runtime.recorder import Capture

MARKER = "scrutiny_max_queries"
RUNTIME_EXTRA = ("sqlparse",)  # what `pip install 'scrutiny[runtime]'` adds that recording needs
RUNTIME_FORMATS = ("text", "json", "sarif", "html", "github", "gitlab", "junit", "concise")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("scrutiny", "runtime SQL review (scrutiny)")
    group.addoption(
        "--scrutiny",
        action="store_true",
        default=False,
        help="record the SQL each test issues and report N+1, duplicate, slow and unindexed "
        "queries at the end (never fails the run)",
    )
    group.addoption(
        "--scrutiny-fail-on",
        metavar="SEVERITY",
        default=None,
        help="like --scrutiny, and fail the run when a finding has this severity or higher "
        "(info, low, medium, high, critical)",
    )
    group.addoption(
        "--scrutiny-format",
        default="text",
        choices=RUNTIME_FORMATS,
        help="format of the report written to --scrutiny-output (default: text)",
    )
    group.addoption("--scrutiny-output", metavar="PATH", default=None, help="write the report here")
    group.addoption(
        "--scrutiny-threshold",
        metavar="N",
        type=int,
        default=5,
        help="N+1: repetitions of one query from one line in one test (default: 5)",
    )
    group.addoption(
        "--scrutiny-slow-ms",
        metavar="MS",
        type=float,
        default=100.0,
        help="slow query threshold in milliseconds (default: 100)",
    )
    group.addoption(
        "--scrutiny-no-explain",
        action="store_true",
        default=False,
        help="do not run EXPLAIN (no missing-index findings)",
    )
    group.addoption(
        "--scrutiny-no-static",
        action="store_true",
        default=False,
        help="do not run the static N+1 check (DB101) to link runtime N+1 findings to it",
    )
    group.addoption(
        "--scrutiny-no-cache",
        action="store_true",
        default=False,
        help="do not keep the parsed SQL between runs (in the user cache directory, or "
        "SCRUTINY_CACHE_DIR)",
    )
    group.addoption(
        "--scrutiny-redact",
        action="store_true",
        default=False,
        help="never keep query parameters (reports show <redacted>)",
    )
    parser.addini(
        "scrutiny_allow_fingerprints", "SQL fingerprints (globs) never reported", "linelist", []
    )
    parser.addini(
        "scrutiny_allow_sites",
        "call sites never reported: globs over path, path:line or path::function",
        "linelist",
        [],
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(n, reads_only=False): fail the test when it issues more than n SQL "
        "statements (with --scrutiny)",
    )
    if config.getoption("scrutiny") or config.getoption("scrutiny_fail_on"):
        try:
            from scrutiny.pytest_plugin._session import start  # the engine loads only when used
        except ModuleNotFoundError as missing:
            if missing.name not in RUNTIME_EXTRA:
                raise
            raise pytest.UsageError(
                f"--scrutiny needs {missing.name}, part of Scrutiny's runtime extra: "
                "pip install 'scrutiny[runtime]'"
            ) from missing
        start(config)


@pytest.fixture
def scrutiny_queries(request: pytest.FixtureRequest) -> Iterator[Capture]:
    """The SQL statements of the current test (list-like), with `assert_max(n)`.

    With `--scrutiny` the session's recorder fills it; without, a recorder for this test alone.
    """
    from scrutiny.pytest_plugin._session import queries

    yield from queries(request)
