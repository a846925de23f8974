"""Caches that make an unchanged project re-check fast, in a user cache directory.

Two levels, both keyed so that a stale entry can never be served:

* a *run* entry: the raw findings (every rule, before selection and suppression) of a whole set
  of files, keyed by each file's path, module, roles, size, mtime and inode, and by Scrutiny's own
  source. When nothing changed, a run is one small read.
* a *pack* of per-file results keyed by content hash, so that when one file changes only that file
  is parsed again; the project-wide rules then run over the cached summaries of the others.

Entries are pickles written atomically; a corrupt or unreadable entry is a miss, never an error.
Scrutiny writes and reads these files itself; they are not shared between users.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scrutiny.analyze import FileJob, FileResult, RawRun
from scrutiny.cache_location import read_entry, write_entry
from scrutiny.discovery import Discovery

FORMAT = "3"  # 3: packs hold each file's result already pickled


def tool_signature() -> str:
    """A hash of Scrutiny's own source files: any change to the tool invalidates the cache."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(FORMAT.encode())
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _stamps(paths: list[str]) -> list[tuple[int, int] | None]:
    stamps: list[tuple[int, int] | None] = []
    for path in paths:
        try:
            stat = os.stat(path)
        except OSError:
            stamps.append(None)
            continue
        stamps.append((stat.st_mtime_ns, stat.st_size))
    return stamps


def _job_identity(job: FileJob) -> str:
    return "\x1f".join((job.display, job.module, str(job.is_package), *sorted(job.roles)))


def encode_result(result: FileResult) -> bytes:
    """A file's result as stored in a pack; workers encode their results once, for the trip to
    the parent and for the pack alike, so storing the pack re-pickles nothing."""
    return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


def decode_result(data: object) -> FileResult | None:
    """The result `encode_result` stored; None when the entry is unusable (a cache miss)."""
    if not isinstance(data, bytes):
        return None
    try:
        value = pickle.loads(data)
    except Exception:  # a corrupt entry is a miss, never an error
        return None
    return value if isinstance(value, FileResult) else None


@dataclass(frozen=True)
class Cache:
    directory: Path
    signature: str

    # -- whole runs ---------------------------------------------------------------------------

    def run_key(self, jobs: list[FileJob], templates: Sequence[str] = ()) -> str | None:
        """Valid while no file, and no template file the project phase reads, changed."""
        digest = hashlib.sha256(self.signature.encode())
        identities = [(_job_identity(job), job.path) for job in jobs]
        identities += [(f"template\x1f{path}", path) for path in templates]
        for identity, path in identities:
            try:
                stat = os.stat(path)
            except OSError:
                return None
            digest.update(identity.encode("utf-8", "surrogateescape"))
            digest.update(f"\x1e{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ino}\x1d".encode())
        return digest.hexdigest()

    def load_run(self, key: str) -> RawRun | None:
        value = read_entry(self.directory / "runs" / f"{key}.pickle")
        return value if isinstance(value, RawRun) else None

    def store_run(self, key: str, run: RawRun) -> None:
        runs = self.directory / "runs"
        write_entry(runs / f"{key}.pickle", run)
        self._prune(runs, keep=32)

    # -- discovery ----------------------------------------------------------------------------

    def discovery_key(self, *parts: object) -> str:
        return hashlib.sha256(repr((self.signature, *parts)).encode()).hexdigest()

    def load_discovery(self, key: str) -> Discovery | None:
        """The cached walk, if no directory it listed and no .gitignore it read has changed."""
        value = read_entry(self.directory / "walks" / f"{key}.pickle")
        if not isinstance(value, tuple) or len(value) != 2:
            return None
        discovery, stamps = value
        if not isinstance(discovery, Discovery) or stamps != _stamps(discovery.watched):
            return None
        return discovery

    def store_discovery(self, key: str, discovery: Discovery) -> None:
        walks = self.directory / "walks"
        write_entry(walks / f"{key}.pickle", (discovery, _stamps(discovery.watched)))
        self._prune(walks, keep=32)

    # -- files --------------------------------------------------------------------------------

    def file_key(self, job: FileJob, content: bytes) -> str:
        digest = hashlib.sha256(self.signature.encode())
        digest.update(_job_identity(job).encode("utf-8", "surrogateescape"))
        digest.update(b"\x1e")
        digest.update(content)
        return digest.hexdigest()

    def _pack_path(self, root: Path) -> Path:
        scope = hashlib.sha256(f"{self.signature}\x1f{root}".encode()).hexdigest()[:32]
        return self.directory / "packs" / f"{scope}.pickle"

    def load_pack(self, root: Path) -> dict[str, bytes]:
        """Per-file results by file key, each still pickled (see `encode_result`)."""
        value = read_entry(self._pack_path(root))
        return value if isinstance(value, dict) else {}

    def store_pack(self, root: Path, used: dict[str, bytes], old: dict[str, bytes]) -> None:
        """`used`: this run's results (without those that met an internal error), pickled."""
        entries = used
        if len(old) + len(entries) <= 2 * len(entries) + 256:
            entries = {**old, **entries}
        write_entry(self._pack_path(root), entries)
        self._prune(self._pack_path(root).parent, keep=16)

    # -- storage ------------------------------------------------------------------------------

    @staticmethod
    def _prune(directory: Path, keep: int) -> None:
        try:
            entries = sorted(directory.glob("*.pickle"), key=lambda p: p.stat().st_mtime)
            for stale in entries[:-keep]:
                stale.unlink(missing_ok=True)
        except OSError:
            pass
