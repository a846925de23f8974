"""SQL shapes kept between runs of `pytest --scrutiny`, so that a re-run reads no SQL text again.

A suite issues the same few hundred SQL texts run after run; reading one costs a fraction of a
millisecond, but a suite's hundreds add up to a noticeable share of a short suite's time. The
shapes of the texts seen before are kept in one pickle in the user cache directory
(`SCRUTINY_CACHE_DIR` overrides it), named by a hash of the code that makes shapes
(`fingerprint.py`, `sql_reader.py`) and of the installed sqlparse release (its lexer decides the
tokens): a change to either can never serve a stale shape, so reports are the same with and
without the store. A missing, corrupt or unreadable store is simply empty; writing is atomic and
best effort.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import tempfile
from pathlib import Path

from scrutiny.cache_location import default_cache_dir
from scrutiny.runtime.fingerprint import CACHE_LIMIT, Fingerprinter
from scrutiny.runtime.sql_reader import SqlShape

FORMAT = "2"  # 2: keyed by the SQL text alone
_SOURCES = ("fingerprint.py", "sql_reader.py")

Shapes = dict[str, SqlShape]


def signature() -> str:
    """A hash of what decides a text's shape: this code and the sqlparse release (its
    `__init__.py`, which holds the version)."""
    digest = hashlib.sha256(FORMAT.encode())
    here = Path(__file__).resolve().parent
    for name in _SOURCES:
        digest.update((here / name).read_bytes())
    spec = importlib.util.find_spec("sqlparse")
    if spec is not None and spec.origin:
        digest.update(Path(spec.origin).read_bytes())
    return digest.hexdigest()[:24]


class ShapeStore:
    """The shapes file of this code and sqlparse release in `directory`."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / f"runtime-shapes-{signature()}.pickle"

    @classmethod
    def default(cls) -> ShapeStore | None:
        try:
            return cls(default_cache_dir())
        except Exception:  # no cache directory, unreadable sources: no store
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
