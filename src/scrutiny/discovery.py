"""Finding the Python files to check: walks directories, honours excludes and `.gitignore` files.

Explicitly named files are always checked unless `force_exclude` is set. Symlinked directories are
followed once; a link back into a directory already being walked is reported, not followed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pathspec

PYTHON_SUFFIXES = (".py", ".pyi")


@dataclass(frozen=True)
class SourceFile:
    path: Path  # absolute
    display: str  # posix path relative to the project root (absolute when outside it)


@dataclass
class Discovery:
    files: list[SourceFile] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    package_dirs: set[str] = field(default_factory=set)


def display_path(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass(frozen=True)
class _Ignore:
    base: Path
    spec: pathspec.PathSpec

    def matches(self, path: Path, is_dir: bool) -> bool:
        try:
            rel = path.relative_to(self.base).as_posix()
        except ValueError:
            return False
        return self.spec.match_file(rel + "/" if is_dir else rel)


def _read_gitignore(directory: Path) -> _Ignore | None:
    candidate = directory / ".gitignore"
    try:
        lines = candidate.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return _Ignore(directory, pathspec.PathSpec.from_lines("gitignore", lines))


def _ancestor_gitignores(start: Path) -> list[_Ignore]:
    """.gitignore files between the repository root and `start` (exclusive)."""
    found: list[_Ignore] = []
    for directory in start.parents:
        ignore = _read_gitignore(directory)
        if ignore is not None:
            found.append(ignore)
        if (directory / ".git").exists():
            break
    else:
        return []  # not inside a git repository: ancestors' .gitignore files do not apply
    return list(reversed(found))


def discover(
    paths: list[Path], root: Path, excludes: tuple[str, ...], force_exclude: bool = False
) -> Discovery:
    result = Discovery()
    exclude_spec = pathspec.PathSpec.from_lines("gitignore", excludes)
    seen: set[Path] = set()

    def excluded(path: Path, is_dir: bool) -> bool:
        rel = display_path(path, root)
        if rel.startswith("/"):
            rel = path.name
        return exclude_spec.match_file(rel + "/" if is_dir else rel)

    for given in paths:
        absolute = Path(os.path.abspath(given))
        if not absolute.exists() and not absolute.is_symlink():
            result.warnings.append(f"{given}: no such file or directory")
            continue
        if absolute.is_file() or (absolute.is_symlink() and not absolute.exists()):
            if force_exclude and excluded(absolute, False):
                continue
            if not absolute.exists():
                result.warnings.append(f"{given}: broken symbolic link")
                continue
            if absolute not in seen:
                seen.add(absolute)
                result.files.append(SourceFile(absolute, display_path(absolute, root)))
            continue
        if force_exclude and excluded(absolute, True):
            continue
        _walk(absolute, root, excluded, result, seen)
    for file in result.files:
        parent = file.path.parent
        if (parent / "__init__.py").exists():
            result.package_dirs.add(display_path(parent, root))
    result.files.sort(key=lambda f: f.display)
    return result


def _walk(
    start: Path,
    root: Path,
    excluded: object,
    result: Discovery,
    seen: set[Path],
) -> None:
    is_excluded = excluded  # callable(path, is_dir) -> bool
    ignores = _ancestor_gitignores(start)
    stack: list[tuple[Path, list[_Ignore], frozenset[Path]]] = [
        (start, ignores, frozenset({start.resolve()}))
    ]
    while stack:
        directory, inherited, chain = stack.pop()
        own = _read_gitignore(directory)
        active = [*inherited, own] if own is not None else inherited
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except PermissionError:
            result.warnings.append(f"{display_path(directory, root)}: permission denied, skipped")
            continue
        except OSError as err:
            result.warnings.append(f"{display_path(directory, root)}: cannot list: {err.strerror}")
            continue
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
                is_file = entry.is_file()
            except OSError:
                is_dir = is_file = False
            if entry.is_symlink() and not is_dir and not is_file:
                result.warnings.append(f"{display_path(path, root)}: broken symbolic link, skipped")
                continue
            if is_excluded(path, is_dir) or any(i.matches(path, is_dir) for i in active):  # type: ignore[operator]
                continue
            if is_dir:
                if (path / "pyvenv.cfg").exists():
                    continue  # a virtual environment, whatever its name
                real = path.resolve()
                if real in chain:
                    result.warnings.append(
                        f"{display_path(path, root)}: symbolic link loop, not followed"
                    )
                    continue
                stack.append((path, active, chain | {real}))
            elif is_file and entry.name.endswith(PYTHON_SUFFIXES):
                absolute = path.absolute()
                if absolute not in seen:
                    seen.add(absolute)
                    result.files.append(SourceFile(absolute, display_path(absolute, root)))
