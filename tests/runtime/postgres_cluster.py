"""A throwaway PostgreSQL cluster for the runtime tests: `initdb` into a temporary directory, a
free local port, `fsync=off`; as root the server runs as `postgres` through `runuser`. Without
server binaries, `unavailable()` skips, unless `SCRUTINY_REQUIRE_POSTGRES=1` (set by `.ci/run`)."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

REQUIRE_ENV = "SCRUTINY_REQUIRE_POSTGRES"
SERVER_USER = "postgres"
START_TIMEOUT_S = 60


@dataclass(frozen=True)
class Cluster:
    bin_dir: Path
    data_dir: Path
    port: int
    run_as: tuple[str, ...]  # command prefix: () or ("runuser", "-u", "postgres", "--")

    @property
    def dsn(self) -> str:
        return f"postgresql://{SERVER_USER}@127.0.0.1:{self.port}/postgres"

    def run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.run_as, str(self.bin_dir / program), *args],
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_S,
            check=False,
        )


def find_bin_dir() -> Path | None:
    """The directory of `pg_ctl` and `initdb`: on PATH, else Debian's newest versioned directory."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).resolve().parent
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0,
    )
    for candidate in reversed(candidates):
        if (candidate / "pg_ctl").exists() and (candidate / "initdb").exists():
            return candidate
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def unavailable(reason: str) -> None:
    """Skip, or fail when the environment requires PostgreSQL (CI)."""
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason} ({REQUIRE_ENV}=1 requires a PostgreSQL server)", pytrace=False)
    pytest.skip(f"{reason}: install PostgreSQL (Debian: apt-get install postgresql) to run this")


def run_as_prefix(data_dir: Path) -> tuple[str, ...]:
    """PostgreSQL refuses to run as root: hand the directory to `postgres` and run as that user."""
    if os.geteuid() != 0:
        return ()
    try:
        account = pwd.getpwnam(SERVER_USER)
    except KeyError:
        unavailable(f"running as root and there is no {SERVER_USER!r} user to run the server")
        raise AssertionError("unreachable") from None
    os.chown(data_dir, account.pw_uid, account.pw_gid)
    return ("runuser", "-u", SERVER_USER, "--")


def check(result: subprocess.CompletedProcess[str], what: str, log: Path | None = None) -> None:
    if result.returncode == 0:
        return
    detail = result.stdout + result.stderr
    if log is not None and log.exists():
        detail += "\n--- server log ---\n" + log.read_text(errors="replace")
    pytest.fail(f"{what} failed ({result.returncode}):\n{detail}", pytrace=False)


def server_options(cluster_dir: Path, port: int) -> Sequence[str]:
    return (
        f"-p {port}",
        "-c listen_addresses=127.0.0.1",
        f"-c unix_socket_directories={cluster_dir}",
        "-c fsync=off",
        "-c synchronous_commit=off",
        "-c full_page_writes=off",
        "-c max_connections=50",
        # no autovacuum: statistics (and so the plans the review reads) stay as the tests make them
        "-c autovacuum=off",
    )


def start_cluster(bin_dir: Path, base: Path) -> Cluster:
    run_as = run_as_prefix(base)
    data_dir = base / "data"
    cluster = Cluster(bin_dir, data_dir, free_port(), run_as)
    check(
        cluster.run(
            "initdb",
            "-D",
            str(data_dir),
            "-U",
            SERVER_USER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ),
        "initdb",
    )
    log = base / "server.log"
    started = cluster.run(
        "pg_ctl",
        "-D",
        str(data_dir),
        "-l",
        str(log),
        "-w",
        "-t",
        str(START_TIMEOUT_S),
        "-o",
        " ".join(server_options(base, cluster.port)),
        "start",
    )
    check(started, "pg_ctl start", log)
    return cluster


def wait_until_ready(cluster: Cluster) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        ready = cluster.run("pg_isready", "-h", "127.0.0.1", "-p", str(cluster.port))
        if ready.returncode == 0:
            return
        time.sleep(0.2)
    pytest.fail(f"PostgreSQL on port {cluster.port} did not become ready", pytrace=False)


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a cluster, yield its DSN (`postgresql://postgres@127.0.0.1:PORT/postgres`,
    superuser, trust authentication), stop and delete it."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        unavailable("no PostgreSQL server binaries (pg_ctl, initdb) found")
        return
    # as root the server runs as `postgres`, which must reach the directory: not under $TMPDIR
    parent = "/tmp" if os.geteuid() == 0 and os.path.isdir("/tmp") else None
    base = Path(tempfile.mkdtemp(prefix="scrutiny-pg-", dir=parent))
    cluster: Cluster | None = None
    try:
        cluster = start_cluster(bin_dir, base)
        wait_until_ready(cluster)
        yield cluster.dsn
    finally:
        if cluster is not None:
            cluster.run("pg_ctl", "-D", str(cluster.data_dir), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)
