"""The call-site walk stops as soon as nothing further up the stack can matter."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import _pytest
import pytest

from scrutiny.runtime.callsite import CallSiteFinder
from scrutiny.runtime.statement import Frame

RUNNER_FILE = os.path.join(os.path.dirname(_pytest.__file__), "fake_runner.py")
APP_FILE = os.path.join(os.sep, "srv", "app", "services.py")  # user code: not installed


def _function(filename: str, name: str, body: str) -> Callable[..., Any]:
    """A function whose frames report `filename`, as if defined there."""
    namespace: dict[str, Any] = {}
    exec(compile(f"def {name}(call):\n    {body}\n", filename, "exec"), namespace)
    function: Callable[..., Any] = namespace[name]
    return function


def test_the_walk_ends_at_the_first_frame_of_the_test_runner() -> None:
    finder = CallSiteFinder()
    stacks: list[tuple[Frame, ...]] = []

    def record() -> None:  # like the recorder: the walk starts at its caller
        stacks.append(finder.stack(2))

    app = _function(APP_FILE, "load_books", "return call()")
    runner = _function(RUNNER_FILE, "run_test", "return call()")
    runner(lambda: app(record))
    (stack,) = stacks
    # this test function is above the runner's frame: not reached
    assert [f.function for f in stack] == ["load_books", "<lambda>"]
    assert stack[0].path == os.path.realpath(APP_FILE)


def test_the_walk_ends_after_the_test_modules_frames() -> None:
    finder = CallSiteFinder()
    stacks: list[tuple[Frame, ...]] = []

    def in_the_test() -> None:
        stacks.append(finder.stack(1))

    outer_app = _function(APP_FILE, "schedule", "return call()")
    outer_app(in_the_test)
    (stack,) = stacks
    assert [f.function for f in stack] == ["in_the_test"]  # `schedule` calls the test: cut


def test_user_frames_are_kept_up_to_the_test() -> None:
    finder = CallSiteFinder()
    stacks: list[tuple[Frame, ...]] = []

    def record() -> None:
        stacks.append(finder.stack(2))

    app = _function(APP_FILE, "load_books", "return call()")
    app(record)
    (stack,) = stacks
    assert [f.function for f in stack] == ["load_books", "test_user_frames_are_kept_up_to_the_test"]
    assert stack[1].code == "app(record)"


def test_a_library_package_imported_after_the_finder_is_made_is_not_user_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Library packages' directories are found when a file is first seen (for the packages
    imported by then), so a package in development mode imported late is still a library."""
    package = tmp_path / "late_orm"
    package.mkdir()
    (package / "__init__.py").write_text("def query(call):\n    return call()\n", encoding="utf-8")
    app = tmp_path / "late_app.py"
    app.write_text("def view(query, call):\n    return query(call)\n", encoding="utf-8")
    finder = CallSiteFinder(extra_packages=("late_orm",))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "late_orm", raising=False)
    monkeypatch.delitem(sys.modules, "late_app", raising=False)
    late_orm = importlib.import_module("late_orm")
    late_app = importlib.import_module("late_app")
    stacks: list[tuple[Frame, ...]] = []
    late_app.view(late_orm.query, lambda: stacks.append(finder.stack(2)))
    (stack,) = stacks
    assert [f.function for f in stack][:1] == ["view"]  # `query`, in the package: skipped
    assert stack[0].path == str(app.resolve())
    assert not finder.is_user_file(str(package / "__init__.py"))


def test_each_call_site_keeps_its_own_line_across_walks_and_redefinitions() -> None:
    """Frames are found again by code and instruction offset: two calls on different lines of
    one function are two call sites, and each walk finds the same lines again. A function of the
    same name and file made afresh, its call at the same instruction offset but on another
    line, is another call site."""
    finder = CallSiteFinder()
    lines: list[int] = []

    def record() -> None:
        lines.append(finder.stack(2)[0].line)

    app = _function(APP_FILE, "load", "call()\n    call()")
    app(record)
    app(record)
    assert lines == [2, 3, 2, 3]
    del app
    for blank_lines in range(1, 6):
        lines.clear()
        app = _function(APP_FILE, "load", "\n" * blank_lines + "    call()")
        app(record)
        del app
        assert lines == [2 + blank_lines]
