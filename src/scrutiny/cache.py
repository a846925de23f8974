"""A content-addressed cache of per-file results, so an unchanged project re-checks fast.

The key covers everything a file's result depends on: the file's bytes, its path, module name and
roles, and the source of Scrutiny itself (so a changed rule never serves a stale result). Entries
are pickles written atomically; a corrupt or unreadable entry is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from scrutiny.analyze import FileJob, FileResult

CACHE_ENV = "SCRUTINY_CACHE_DIR"


def default_cache_dir(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    override = env.get(CACHE_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir("scrutiny"))


def tool_signature() -> str:
    """A hash of Scrutiny's own source files: any change to the tool invalidates the cache."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class Cache:
    directory: Path
    signature: str

    def key(self, job: FileJob, content: bytes) -> str:
        digest = hashlib.sha256()
        for part in (self.signature, job.display, job.module, str(job.is_package), *sorted(job.roles)):
            digest.update(part.encode("utf-8", "surrogateescape"))
            digest.update(b"\x1f")
        digest.update(content)
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> FileResult | None:
        try:
            with self._entry(key).open("rb") as handle:
                value = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
            return None
        return value if isinstance(value, FileResult) else None

    def put(self, key: str, result: FileResult) -> None:
        if result.errors:
            return  # never cache a crash: the next run should try again
        entry = self._entry(key)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=entry.parent, delete=False) as handle:
                pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, entry)
        except OSError:
            pass  # a read-only or full cache directory only costs speed
