"""Which line of the user's code issued a statement.

The call site is the innermost stack frame outside the ORM, the database driver, Scrutiny itself,
pytest and anything installed (the standard library, `site-packages`, `dist-packages`). Frames are
read with `sys._getframe` (no traceback objects, no source reads beyond `linecache`), and which
files count as user code is memoized per filename by the `CallSiteFinder` that a `Recorder` owns.

Under SQLAlchemy's asyncio extension the driver runs in a greenlet whose frames end at the
greenlet's entry point; the walk then continues in the parent greenlet, where the user's `await`
is suspended, so async call sites are found too.
"""

from __future__ import annotations

import importlib.util
import linecache
import os
import sys
import sysconfig
import threading
from collections.abc import Iterable, Iterator
from types import FrameType

from scrutiny.runtime.statement import Frame

# Packages whose frames are never the call site even when installed in development mode.
LIBRARY_PACKAGES: tuple[str, ...] = (
    "scrutiny",
    "django",
    "sqlalchemy",
    "psycopg",
    "psycopg2",
    "pymysql",
    "MySQLdb",
    "aiosqlite",
    "asyncpg",
    "pytest",
    "_pytest",
    "pluggy",
    "pytest_django",
    "xdist",
    "execnet",
    "asgiref",
    "starlette",
    "fastapi",
    "anyio",
    "httpx",
    "rest_framework",
    "flask",
    "werkzeug",
    "greenlet",
)
DEFAULT_MAX_FRAMES = 12


def library_roots(extra_packages: Iterable[str] = ()) -> tuple[str, ...]:
    """Directory prefixes of code that is not the user's."""
    roots: set[str] = set()
    paths = sysconfig.get_paths()
    for key in ("stdlib", "platstdlib", "purelib", "platlib", "scripts"):
        if paths.get(key):
            roots.add(os.path.realpath(paths[key]))
    for prefix in (sys.prefix, sys.base_prefix, sys.exec_prefix):
        roots.add(os.path.realpath(os.path.join(prefix, "lib")))
    for package in (*LIBRARY_PACKAGES, *extra_packages):
        directory = _package_dir(package)
        if directory is not None:
            roots.add(directory)
    return tuple(sorted(root.rstrip(os.sep) + os.sep for root in roots))


def _package_dir(name: str) -> str | None:
    module = sys.modules.get(name)
    origin = getattr(module, "__file__", None) if module is not None else None
    if origin is None:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            return None
        origin = spec.origin if spec is not None else None
    if not origin or origin in ("built-in", "frozen"):
        return None
    return os.path.realpath(os.path.dirname(origin))


class CallSiteFinder:
    """Walks the current stack and returns the user frames, innermost first."""

    def __init__(
        self, extra_packages: Iterable[str] = (), max_frames: int = DEFAULT_MAX_FRAMES
    ) -> None:
        self._roots = library_roots(extra_packages)
        self._max_frames = max_frames
        self._user: dict[str, str | None] = {}  # filename -> real path, None when not user code
        self._frames: dict[tuple[tuple[str, int], str], Frame] = {}  # frames are values: shared
        self._lock = threading.Lock()

    def is_user_file(self, filename: str) -> bool:
        return self._user_path(filename) is not None

    def _user_path(self, filename: str) -> str | None:
        try:
            return self._user[filename]
        except KeyError:
            pass
        real = _user_path(filename, self._roots)
        with self._lock:
            self._user[filename] = real
        return real

    def stack(self, skip: int = 1) -> tuple[Frame, ...]:
        """User frames of the caller's stack (skipping `skip` frames of the caller itself)."""
        frames: list[Frame] = []
        known = self._user
        for frame in _walk(sys._getframe(skip)):
            code_object = frame.f_code
            filename = code_object.co_filename
            path = known[filename] if filename in known else self._user_path(filename)
            if path is None:
                continue
            line = frame.f_lineno or code_object.co_firstlineno
            key = (filename, line)
            made = self._frames.get((key, code_object.co_name))
            if made is None:
                made = Frame(path, line, code_object.co_name, self._source(key))
                self._frames[(key, code_object.co_name)] = made
            frames.append(made)
            if len(frames) >= self._max_frames:
                break
        return tuple(frames)

    def _source(self, key: tuple[str, int]) -> str:
        return linecache.getline(*key).strip()


def _user_path(filename: str, roots: tuple[str, ...]) -> str | None:
    """The real path of a user-code file, None for library code and `<frozen ...>`."""
    if not filename or filename.startswith("<"):
        return None
    real = os.path.realpath(filename)
    return None if any(real.startswith(root) for root in roots) else real


def _walk(frame: FrameType | None) -> Iterator[FrameType]:
    """This thread's frames, then those of the parent greenlets (SQLAlchemy asyncio)."""
    while frame is not None:
        yield frame
        frame = frame.f_back
    yield from _parent_greenlet_frames()


def _parent_greenlet_frames() -> Iterator[FrameType]:
    greenlet_module = sys.modules.get("greenlet")
    if greenlet_module is None:
        return
    current = greenlet_module.getcurrent()
    parent = getattr(current, "parent", None)
    while parent is not None:
        suspended: FrameType | None = getattr(parent, "gr_frame", None)
        while suspended is not None:
            yield suspended
            suspended = suspended.f_back
        parent = getattr(parent, "parent", None)
