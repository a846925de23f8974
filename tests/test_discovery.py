"""File discovery: .gitignore, default excludes, virtualenvs, explicit paths, symlink loops."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import NO_TIMEOUT, write

from scrutiny.config import DEFAULT_EXCLUDES
from scrutiny.discovery import discover


def names(tmp_path: Path, *paths: Path, force: bool = False) -> list[str]:
    found = discover(list(paths) or [tmp_path], tmp_path, DEFAULT_EXCLUDES, force)
    return [f.display for f in found.files]


def test_gitignore_files_are_honoured_at_every_level(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            ".gitignore": "generated/\n*_pb2.py\n",
            "app/.gitignore": "local_*.py\n!local_keep.py\n",
            "app/views.py": NO_TIMEOUT,
            "app/local_dev.py": NO_TIMEOUT,
            "app/local_keep.py": NO_TIMEOUT,
            "app/api_pb2.py": NO_TIMEOUT,
            "generated/client.py": NO_TIMEOUT,
        },
    )
    assert names(tmp_path) == ["app/local_keep.py", "app/views.py"]


def test_gitignore_above_the_checked_directory_applies_inside_a_repository(tmp_path: Path) -> None:
    write(
        tmp_path,
        {".gitignore": "vendored/\n", "src/vendored/x.py": NO_TIMEOUT, "src/y.py": NO_TIMEOUT},
    )
    (tmp_path / ".git").mkdir()
    assert names(tmp_path, tmp_path / "src") == ["src/y.py"]


def test_default_excludes_and_virtualenvs_by_marker(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "node_modules/pkg/x.py": NO_TIMEOUT,
            ".venv/lib/x.py": NO_TIMEOUT,
            "myenv/pyvenv.cfg": "home = /usr\n",
            "myenv/lib/site.py": NO_TIMEOUT,
            "build/lib/x.py": NO_TIMEOUT,
            "pkg.egg-info/x.py": NO_TIMEOUT,
            "app.py": NO_TIMEOUT,
            "types.pyi": "x: int\n",
            "README.md": "# hi\n",
        },
    )
    assert names(tmp_path) == ["app.py", "types.pyi"]


def test_explicit_paths_are_checked_unless_force_exclude(tmp_path: Path) -> None:
    write(tmp_path, {"build/gen.py": NO_TIMEOUT})
    explicit = tmp_path / "build" / "gen.py"
    assert names(tmp_path, explicit) == ["build/gen.py"]
    assert names(tmp_path, explicit, force=True) == []
    assert names(tmp_path, tmp_path / "build", force=True) == []


def test_symlink_loop_is_reported_not_followed(tmp_path: Path) -> None:
    write(tmp_path, {"pkg/a.py": NO_TIMEOUT})
    os.symlink(tmp_path / "pkg", tmp_path / "pkg" / "loop")
    os.symlink(tmp_path / "missing.py", tmp_path / "pkg" / "broken.py")
    found = discover([tmp_path], tmp_path, DEFAULT_EXCLUDES)
    assert [f.display for f in found.files] == ["pkg/a.py"]
    assert any("symbolic link loop" in w for w in found.warnings)
    assert any("broken symbolic link" in w for w in found.warnings)


def test_symlinked_directory_outside_is_followed_once(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write(outside, {"lib.py": NO_TIMEOUT})
    project = tmp_path / "project"
    write(project, {"app.py": NO_TIMEOUT})
    os.symlink(outside, project / "linked")
    assert names(project, project) == ["app.py", "linked/lib.py"]


def test_package_dirs_are_recorded_for_module_names(tmp_path: Path) -> None:
    write(
        tmp_path,
        {"shop/__init__.py": "", "shop/orders/__init__.py": "", "shop/orders/views.py": ""},
    )
    found = discover([tmp_path], tmp_path, DEFAULT_EXCLUDES)
    assert found.package_dirs == {"shop", "shop/orders"}


def test_mutual_symlinks_terminate(tmp_path: Path) -> None:
    write(tmp_path, {"a/x.py": NO_TIMEOUT, "b/y.py": NO_TIMEOUT})
    os.symlink(tmp_path / "b", tmp_path / "a" / "to_b")
    os.symlink(tmp_path / "a", tmp_path / "b" / "to_a")
    found = discover([tmp_path], tmp_path, DEFAULT_EXCLUDES)
    assert [f.display for f in found.files] == ["a/to_b/y.py", "a/x.py", "b/to_a/x.py", "b/y.py"]
    assert sum("symbolic link loop" in w for w in found.warnings) == 2
