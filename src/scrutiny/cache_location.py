"""Where Scrutiny keeps its caches (the user cache directory, or `SCRUTINY_CACHE_DIR`), and how
an entry is read and written: one pickle per entry, a missing or corrupt one read as None, a
write atomic and best effort.

Standard library only (platformdirs on demand), so that the runtime recorder can keep its store
without importing the static engine.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

CACHE_ENV = "SCRUTINY_CACHE_DIR"


def default_cache_dir(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    override = env.get(CACHE_ENV)
    if override:
        return Path(override)
    import platformdirs  # imported only when needed: warm runs are mostly start-up time

    return Path(platformdirs.user_cache_dir("scrutiny"))


def read_entry(path: Path) -> Any:
    """The value pickled at `path`, or None when it is missing, unreadable or corrupt (a miss,
    never an error)."""
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (
        OSError,
        pickle.UnpicklingError,
        EOFError,
        AttributeError,
        ImportError,
        ValueError,
        TypeError,
        IndexError,
        KeyError,
    ):
        return None


def write_entry(path: Path, value: Any) -> None:
    """Pickle `value` to `path` atomically (a temporary file, then a rename); a read-only or
    full cache directory only costs speed, so its errors are dropped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass
