"""Finding the Python files to check: walks directories, honours excludes and `.gitignore` files.

Explicitly named files are always checked unless `force_exclude` is set. Symlinked directories are
followed; a link back into a directory already being walked is reported, not followed. The walk
works on plain strings and `os.scandir` entries (no `Path` objects, no `resolve()` per directory):
on a warm cache, discovery is most of a run.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pathspec

from scrutiny.frameworks.templates import TEMPLATE_DIRECTORIES, TEMPLATE_SUFFIXES

PYTHON_SUFFIXES = (".py", ".pyi")
# Template files are collected too (not analyzed as code): the taint engine follows a view's
# context into the template it renders.
_TEMPLATE_PARTS = tuple(f"{os.sep}{d}{os.sep}" for d in TEMPLATE_DIRECTORIES)


@dataclass(frozen=True)
class SourceFile:
    path: str  # absolute (a str: walks are cached, and Path objects are slow to unpickle)
    display: str  # posix path relative to the project root (absolute when outside it)


@dataclass
class Discovery:
    files: list[SourceFile] = field(default_factory=list)
    templates: list[SourceFile] = field(default_factory=list)  # under a `templates/` directory
    warnings: list[str] = field(default_factory=list)
    package_dirs: set[str] = field(default_factory=set)
    # every directory listed and every .gitignore read: if none of them changed (by mtime), a
    # new walk would find exactly the same files, which lets a cache skip the walk
    watched: list[str] = field(default_factory=list)


def display_path(path: Path | str, root: Path | str) -> str:
    """`path` relative to `root` in posix form, or absolute when it is outside `root`."""
    text, base = os.fspath(path), os.fspath(root).rstrip(os.sep)
    if text == base:
        return "."
    if text.startswith(base + os.sep):
        return text[len(base) + 1 :].replace(os.sep, "/")
    return text.replace(os.sep, "/")


@dataclass(frozen=True)
class _Ignore:
    """One `.gitignore` file, applied to paths below its directory."""

    base: str
    spec: pathspec.PathSpec[Any]

    def matches(self, path: str, is_dir: bool) -> bool:
        if not path.startswith(self.base + os.sep):
            return False
        rel = path[len(self.base) + 1 :]
        return self.spec.match_file(rel + "/" if is_dir else rel)


def _read_gitignore(directory: str, watched: list[str]) -> _Ignore | None:
    path = os.path.join(directory, ".gitignore")
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    watched.append(path)
    return _Ignore(directory, pathspec.PathSpec.from_lines("gitignore", lines))


def _ancestor_gitignores(start: str, watched: list[str]) -> list[_Ignore]:
    """.gitignore files between the repository root and `start` (exclusive), outermost first."""
    found: list[_Ignore] = []
    for directory in Path(start).parents:
        watched.append(str(directory))
        ignore = _read_gitignore(str(directory), watched)
        if ignore is not None:
            found.append(ignore)
        if (directory / ".git").exists():
            return list(reversed(found))
    return []  # not inside a git repository: ancestors' .gitignore files do not apply


@dataclass(frozen=True)
class _Excludes:
    """Exclude globs. A glob with a `/` inside is anchored at the project root; a bare name
    (`build`, `*.egg-info`) matches any path component below the directory being walked, so an
    explicitly passed `.venv/lib/site-packages` is walked even though `.venv` is excluded."""

    root: str
    anchored: pathspec.PathSpec[Any] | None
    names: re.Pattern[str] | None

    @classmethod
    def of(cls, root: Path, globs: tuple[str, ...]) -> _Excludes:
        anchored = [g for g in globs if "/" in g.rstrip("/")]
        names = [g.rstrip("/") for g in globs if "/" not in g.rstrip("/")]
        return cls(
            str(root),
            pathspec.PathSpec.from_lines("gitignore", anchored) if anchored else None,
            re.compile("|".join(fnmatch.translate(n) for n in names)) if names else None,
        )

    def matches_name(self, name: str) -> bool:
        return self.names is not None and self.names.match(name) is not None

    def matches_anchored(self, path: str, is_dir: bool) -> bool:
        if self.anchored is None or not path.startswith(self.root + os.sep):
            return False
        rel = display_path(path, self.root)
        return not rel.startswith("/") and self.anchored.match_file(rel + "/" if is_dir else rel)

    def matches_below(self, path: str, is_dir: bool, base: str) -> bool:
        """For explicit paths: any component between `base` and `path`, or an anchored glob."""
        rel = display_path(path, base)
        if not rel.startswith("/") and any(self.matches_name(part) for part in rel.split("/")):
            return True
        return self.matches_anchored(path, is_dir)


def discover(
    paths: list[Path], root: Path, excludes: tuple[str, ...], force_exclude: bool = False
) -> Discovery:
    result = Discovery()
    spec = _Excludes.of(root, excludes)
    seen: set[str] = set()
    root_text = str(root)
    for given in paths:
        absolute = os.path.abspath(given)
        base = root_text if absolute.startswith(root_text + os.sep) else os.path.dirname(absolute)
        if os.path.islink(absolute) and not os.path.exists(absolute):
            result.warnings.append(f"{given}: broken symbolic link")
            continue
        if not os.path.exists(absolute):
            result.warnings.append(f"{given}: no such file or directory")
            continue
        is_dir = os.path.isdir(absolute)
        if force_exclude and spec.matches_below(absolute, is_dir, base):
            continue
        if not is_dir:
            _add(absolute, root_text, result, seen)
            continue
        _walk(absolute, root_text, spec, result, seen)
    for file in result.files:
        parent = os.path.dirname(file.path)
        if os.path.exists(os.path.join(parent, "__init__.py")):
            result.package_dirs.add(display_path(parent, root_text))
    result.files.sort(key=lambda f: f.display)
    result.templates.sort(key=lambda f: f.display)
    return result


def _in_template_directory(path: str) -> bool:
    return any(part in path for part in _TEMPLATE_PARTS)


def _add(path: str, root: str, result: Discovery, seen: set[str]) -> None:
    if path not in seen:
        seen.add(path)
        result.files.append(SourceFile(path, display_path(path, root)))


def _walk(start: str, root: str, excludes: _Excludes, result: Discovery, seen: set[str]) -> None:
    ignores = _ancestor_gitignores(start, result.watched)
    if any(i.matches(start, True) for i in ignores):
        ignores = []  # the user named an ignored directory explicitly: walk it
    # (directory, gitignores in force, its real path, real paths of the directories above it)
    start_real = os.path.realpath(start)
    stack: list[tuple[str, list[_Ignore], str, frozenset[str]]] = [
        (start, ignores, start_real, frozenset({start_real}))
    ]
    while stack:
        directory, inherited, real, followed = stack.pop()
        result.watched.append(directory)
        own = _read_gitignore(directory, result.watched)
        active = [*inherited, own] if own is not None else inherited
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except PermissionError:
            result.warnings.append(f"{display_path(directory, root)}: permission denied, skipped")
            continue
        except OSError as err:
            result.warnings.append(f"{display_path(directory, root)}: cannot list: {err.strerror}")
            continue
        subdirectories: list[tuple[str, list[_Ignore], str, frozenset[str]]] = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
                is_link = entry.is_symlink()
            except OSError:
                continue
            if is_link and not is_dir and not is_file:
                warning = f"{display_path(entry.path, root)}: broken symbolic link, skipped"
                result.warnings.append(warning)
                continue
            template = False
            if not is_dir and not entry.name.endswith(PYTHON_SUFFIXES):
                template = entry.name.endswith(TEMPLATE_SUFFIXES) and _in_template_directory(
                    entry.path
                )
                if not template:
                    continue
            if excludes.matches_name(entry.name) or excludes.matches_anchored(entry.path, is_dir):
                continue
            if active and any(i.matches(entry.path, is_dir) for i in active):
                continue
            if template:
                result.templates.append(SourceFile(entry.path, display_path(entry.path, root)))
                continue
            if is_file:
                _add(entry.path, root, result, seen)
                continue
            if os.path.exists(os.path.join(entry.path, "pyvenv.cfg")):
                continue  # a virtual environment, whatever its name
            target = os.path.realpath(entry.path) if is_link else os.path.join(real, entry.name)
            if is_link and target in followed:
                warning = f"{display_path(entry.path, root)}: symbolic link loop, not followed"
                result.warnings.append(warning)
                continue
            subdirectories.append((entry.path, active, target, followed | {target}))
        stack.extend(reversed(subdirectories))
