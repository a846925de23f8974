"""SQL shapes kept between runs of `pytest --scrutiny`, so that a re-run parses nothing.

A suite issues the same few hundred SQL texts run after run; parsing them is cheap, but loading
sqlglot to do it is not (a noticeable fraction of a second, a tenth of a short suite). The shapes
of the texts seen before are kept in one pickle in the user cache directory (`SCRUTINY_CACHE_DIR`
overrides it), named by a hash of the code that makes shapes (`fingerprint.py`, `_sqlparse.py`)
and of the installed sqlglot's version: a change to either can never serve a stale shape, so
reports are the same with and without the store. A missing, corrupt or unreadable store is
simply empty; writing is atomic and best effort.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import tempfile
from pathlib import Path

from scrutiny.cache_location import default_cache_dir
from scrutiny.runtime.fingerprint import CACHE_LIMIT, Fingerprinter, SqlShape

FORMAT = "1"
_SOURCES = ("fingerprint.py", "_sqlparse.py")

Shapes = dict[tuple[str, str], SqlShape]


def signature() -> str:
    """A hash of what decides a text's shape: this code and the sqlglot release."""
    digest = hashlib.sha256(FORMAT.encode())
    here = Path(__file__).resolve().parent
    for name in _SOURCES:
        digest.update((here / name).read_bytes())
    spec = importlib.util.find_spec("sqlglot")
    origin = spec.origin if spec is not None else None
    if origin:
        version = Path(origin).with_name("_version.py")
        target = version if version.exists() else Path(origin)
        stat = target.stat()
        digest.update(f"{target}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        if target == version:
            digest.update(version.read_bytes())
    return digest.hexdigest()[:24]


class ShapeStore:
    """The shapes file of this code and sqlglot release in `directory`."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / f"runtime-shapes-{signature()}.pickle"

    @classmethod
    def default(cls) -> ShapeStore | None:
        try:
            return cls(default_cache_dir())
        except Exception:  # no cache directory, no sqlglot, unreadable sources: no store
            return None

    def load(self) -> Shapes:
        try:
            data = pickle.loads(self.path.read_bytes())
        except Exception:  # missing or corrupt: a miss, never an error
            return {}
        if not isinstance(data, dict):
            return {}
        return {key: shape for key, shape in data.items() if isinstance(shape, SqlShape)}

    def fill(self, fingerprinter: Fingerprinter) -> None:
        """Give `fingerprinter` every shape stored."""
        fingerprinter.preload(self.load().items())

    def save(self, fingerprinter: Fingerprinter) -> None:
        """Add the shapes `fingerprinter` knows (when it parsed any) to the store."""
        if not fingerprinter.parsed:
            return
        shapes = self.load()
        shapes.update(fingerprinter.known())
        if len(shapes) > CACHE_LIMIT:
            shapes = fingerprinter.known()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as file:
                    pickle.dump(shapes, file, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, self.path)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError:
            pass  # read-only or full disk: the next run parses again
