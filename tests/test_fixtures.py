"""One parametrized test over every annotated fixture: each finding's line must carry its mark."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from fixture_marks import discover_fixtures, fixture_files, read_marks, render_mismatch

from scrutiny import CheckOptions, Config, Registry, check

FIXTURES = Path(__file__).parent / "fixtures"
REGISTRY = Registry.load()


@pytest.mark.parametrize(
    "fixture", discover_fixtures(FIXTURES), ids=lambda p: p.relative_to(FIXTURES).as_posix()
)
def test_fixture(fixture: Path) -> None:
    root, files = fixture_files(fixture)
    config = Config(root=root, preview=True)
    report = check(
        files if fixture.is_file() else [fixture], config, REGISTRY, CheckOptions(jobs=1)
    )
    assert not report.errors, report.errors
    actual = {(f.path, f.line, f.code) for f in report.findings}
    marks = read_marks(root, files)
    expected = {(m.path, m.line, m.code) for m in marks if m.kind in ("expect", "todo-fp")}
    must_not = {(m.path, m.line, m.code) for m in marks if m.kind in ("ok", "todo-expect")}
    problems: dict[tuple[str, int], list[str]] = defaultdict(list)
    kinds = {(m.path, m.line, m.code): m.kind for m in marks}
    for path, line, code in sorted(expected - actual):
        kind = kinds[(path, line, code)]
        hint = (
            "accepted false positive disappeared: remove the todo-fp mark"
            if kind == "todo-fp"
            else "expected, not found"
        )
        problems[(path, line)].append(f"{code}: {hint}")
    for path, line, code in sorted(actual - expected):
        kind = kinds.get((path, line, code))
        if kind == "todo-expect":
            hint = "known miss is now found: upgrade the mark to `expect`"
        else:
            message = next(
                f.message for f in report.findings if (f.path, f.line, f.code) == (path, line, code)
            )
            hint = f"unexpected finding: {message}"
        problems[(path, line)].append(f"{code}: {hint}")
    assert not (must_not & expected), "a line is marked both as expected and as a negative"
    assert not problems, "\n" + render_mismatch(root, files, problems)
