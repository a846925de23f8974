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
from pathlib import Path

from scrutiny.cache_location import default_cache_dir, read_entry, write_entry
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

    def __init__(self, directory: Path, limit: int = CACHE_LIMIT // 2) -> None:
        self.path = directory / f"runtime-shapes-{signature()}.pickle"
        # at most half the recorder's memo: the texts a run meets anew need room in it
        self.limit = limit

    @classmethod
    def default(cls) -> ShapeStore | None:
        try:
            return cls(default_cache_dir())
        except Exception:  # no cache directory, unreadable sources: no store
            return None

    def load(self) -> Shapes:
        data = read_entry(self.path)
        if not isinstance(data, dict):
            return {}
        return {key: shape for key, shape in data.items() if isinstance(shape, SqlShape)}

    def fill(self, fingerprinter: Fingerprinter) -> None:
        """Give `fingerprinter` the shapes stored (never more than `limit`)."""
        fingerprinter.preload(list(self.load().items())[-self.limit :])

    def save(self, fingerprinter: Fingerprinter) -> None:
        """Add the shapes `fingerprinter` knows (when it read any) to the store, after the
        stored ones; over `limit`, the oldest go. Concurrent savers (pytest-xdist workers and
        their controller) each replace the file: the last one wins, and the texts only the
        others met are read again next time."""
        if not fingerprinter.parsed:
            return
        known = fingerprinter.known()
        shapes = {key: shape for key, shape in self.load().items() if key not in known}
        shapes.update(known)
        if len(shapes) > self.limit:
            shapes = dict(list(shapes.items())[-self.limit :])
        write_entry(self.path, shapes)
