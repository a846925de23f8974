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

import fnmatch
import importlib.util
import linecache
import os
import sys
import sysconfig
import threading
from collections.abc import Iterable, Iterator
from types import CodeType, FrameType

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


def installation_roots() -> tuple[str, ...]:
    """Directory prefixes of the interpreter's own code and of everything installed."""
    roots: set[str] = set()
    paths = sysconfig.get_paths()
    for key in ("stdlib", "platstdlib", "purelib", "platlib", "scripts"):
        if paths.get(key):
            roots.add(os.path.realpath(paths[key]))
    for prefix in (sys.prefix, sys.base_prefix, sys.exec_prefix):
        roots.add(os.path.realpath(os.path.join(prefix, "lib")))
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


# What a file is to the walk (memoized per filename by the finder).
_LIBRARY, _USER, _TEST, _RUNNER = 0, 1, 2, 3
_UNKNOWN = -1  # not seen yet
TEST_FILE_GLOBS = ("test_*.py", "*_test.py", "conftest.py", "tests.py")
# The test runner: every frame above one of these is the runner's own.
RUNNER_PACKAGES: tuple[str, ...] = ("_pytest", "pluggy")


def is_test_file(path: str) -> bool:
    """A test module by its name (`test_*.py`, `conftest.py`...)."""
    name = os.path.basename(path)
    return any(fnmatch.fnmatchcase(name, glob) for glob in TEST_FILE_GLOBS)


class CallSiteFinder:
    """Walks the current stack and returns the user frames, innermost first.

    The walk is the recorder's cost per statement, so it does as little as it can: one dict
    lookup per frame (what the file is, memoized per filename), a `Frame` value made once per
    (file, line, function) and found again by the frame's code and instruction offset (asking a
    frame for its line number decodes the code's line table, a cost that grows with the
    function's length), and it stops as soon as nothing further up can matter: at
    `max_frames` user frames, at the first frame of the test runner (pytest, pluggy), and after
    the test module's frames (the analysis reads the stack up to the test that issued the query).
    """

    def __init__(
        self, extra_packages: Iterable[str] = (), max_frames: int = DEFAULT_MAX_FRAMES
    ) -> None:
        # The library packages' directories are looked up when a file is first seen, and only
        # for packages imported by then: a file of a package that is not imported cannot be on
        # the stack, and finding the others would cost a search of `sys.path` each.
        self._installation = installation_roots()
        self._packages = (*LIBRARY_PACKAGES, *extra_packages)
        self._package_roots: dict[str, str | None] = {}
        self._runner_roots = tuple(
            directory.rstrip(os.sep) + os.sep
            for directory in map(_package_dir, RUNNER_PACKAGES)
            if directory is not None
        )
        self._max_frames = max_frames
        self._kinds: dict[str, int] = {}  # filename -> _LIBRARY | _USER | _TEST | _RUNNER
        self._paths: dict[str, str] = {}  # filename of user code -> real path
        self._frames: dict[tuple[str, int, str], Frame] = {}  # frames are values: shared
        # (id of a code object, instruction offset) -> the code (kept alive, so that its id is
        # never reused while the entry exists) and the user frame at that instruction
        self._sites: dict[tuple[int, int], tuple[CodeType, Frame]] = {}
        self._lock = threading.Lock()

    def is_user_file(self, filename: str) -> bool:
        return self._kind(filename) in (_USER, _TEST)

    def _kind(self, filename: str) -> int:
        known = self._kinds.get(filename)
        if known is not None:
            return known
        real = _user_path(filename, self._roots())
        if real is None:
            kind = _RUNNER if _under(filename, self._runner_roots) else _LIBRARY
        else:
            kind = _TEST if is_test_file(real) else _USER
        with self._lock:
            if real is not None:
                self._paths[filename] = real
            self._kinds[filename] = kind
        return kind

    def _roots(self) -> tuple[str, ...]:
        """The installation's directories and those of the library packages imported so far
        (under the lock: two threads may meet new files at once)."""
        found = self._package_roots
        with self._lock:
            for name in self._packages:
                if name not in found and name in sys.modules:
                    directory = _package_dir(name)
                    found[name] = directory.rstrip(os.sep) + os.sep if directory else None
            return self._installation + tuple(root for root in found.values() if root)

    def stack(self, skip: int = 1) -> tuple[Frame, ...]:
        """User frames of the caller's stack (skipping `skip` frames of the caller itself)."""
        frames: list[Frame] = []
        kinds = self._kinds
        sites = self._sites
        limit = self._max_frames
        in_tests = False
        chains: Iterator[FrameType] | None = None  # the parent greenlets' stacks, once reached
        frame: FrameType | None = sys._getframe(skip)
        while True:
            # The hot loop: most frames are the ORM's, the driver's or the framework's; each
            # costs one lookup of what its file is (`_UNKNOWN` until the file is first seen).
            while frame is not None:
                code_object = frame.f_code
                kind = kinds.get(code_object.co_filename, _UNKNOWN)
                if kind:  # not _LIBRARY
                    if kind == _UNKNOWN:
                        kind = self._kind(code_object.co_filename)
                        if kind == _LIBRARY:
                            frame = frame.f_back
                            continue
                    if kind == _RUNNER or (in_tests and kind != _TEST):
                        return tuple(frames)
                    in_tests = kind == _TEST
                    site = sites.get((id(code_object), frame.f_lasti))
                    frames.append(site[1] if site is not None else self._site(frame))
                    if len(frames) >= limit:
                        return tuple(frames)
                frame = frame.f_back
            if chains is None:
                chains = _parent_greenlet_stacks()
            frame = next(chains, None)
            if frame is None:
                return tuple(frames)

    def _site(self, frame: FrameType) -> Frame:
        """The user frame at `frame`'s current instruction, kept for the next walk that meets
        that instruction (`stack` looks it up)."""
        code_object = frame.f_code
        line = frame.f_lineno or code_object.co_firstlineno
        key = (code_object.co_filename, line, code_object.co_name)
        made = self._frames.get(key)
        if made is None:
            new = Frame(self._paths[key[0]], line, key[2], self._source(key[0], line))
            made = self._frames.setdefault(key, new)
        self._sites.setdefault((id(code_object), frame.f_lasti), (code_object, made))
        return made

    def _source(self, filename: str, line: int) -> str:
        return linecache.getline(filename, line).strip()


def _under(filename: str, roots: tuple[str, ...]) -> bool:
    if not filename or filename.startswith("<"):
        return False
    real = os.path.realpath(filename)
    return any(real.startswith(root) for root in roots)


def _user_path(filename: str, roots: tuple[str, ...]) -> str | None:
    """The real path of a user-code file, None for library code and `<frozen ...>`."""
    if not filename or filename.startswith("<"):
        return None
    real = os.path.realpath(filename)
    return None if any(real.startswith(root) for root in roots) else real


def _parent_greenlet_stacks() -> Iterator[FrameType]:
    """The innermost suspended frame of each parent greenlet, nearest parent first."""
    greenlet_module = sys.modules.get("greenlet")
    if greenlet_module is None:
        return
    parent = getattr(greenlet_module.getcurrent(), "parent", None)
    while parent is not None:
        suspended: FrameType | None = getattr(parent, "gr_frame", None)
        if suspended is not None:
            yield suspended
        parent = getattr(parent, "parent", None)
