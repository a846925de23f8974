"""Shared test helpers: run the real CLI in a subprocess, build small projects on disk."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "shop"


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


def scrutiny(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    environment.pop("FORCE_COLOR", None) if "FORCE_COLOR" not in (env or {}) else None
    completed = subprocess.run(
        [sys.executable, "-m", "scrutiny", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        env=environment,
        timeout=900,
        check=False,
    )
    return Run(completed.returncode, completed.stdout, completed.stderr)


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return root


NO_TIMEOUT = """
import requests


def fetch(url):
    return requests.get(url)
"""
