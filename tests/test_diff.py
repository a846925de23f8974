"""--diff-base: only findings on lines changed since a git ref."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from helpers import NO_TIMEOUT, scrutiny, write


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=root,
        check=True,
        capture_output=True,
    )


def test_diff_base_reports_only_changed_lines(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "old.py": NO_TIMEOUT,
            "svc.py": "import requests\n\n\ndef a():\n    return requests.get('a')\n",
        },
    )
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "start")
    grown = "import requests\n\n\ndef a():\n    return requests.get('a')\n"
    grown += "\n\ndef b():\n    return requests.get('b')\n"
    (tmp_path / "svc.py").write_text(grown)
    write(tmp_path, {"new.py": NO_TIMEOUT})
    everything = scrutiny("check", ".", "--no-cache", "--format", "json", cwd=tmp_path)
    assert len(json.loads(everything.stdout)["findings"]) == 4
    run = scrutiny(
        "check", ".", "--no-cache", "--format", "json", "--diff-base", "HEAD", cwd=tmp_path
    )
    found = [
        (f["location"]["path"], f["location"]["line"]) for f in json.loads(run.stdout)["findings"]
    ]
    assert found == [("new.py", 5), ("svc.py", 9)]


def test_bad_ref_is_a_clear_error(tmp_path: Path) -> None:
    write(tmp_path, {"a.py": NO_TIMEOUT})
    git(tmp_path, "init", "-q")
    run = scrutiny("check", ".", "--no-cache", "--diff-base", "no-such-ref", cwd=tmp_path)
    assert run.code == 2
    assert "git" in run.stderr and "Traceback" not in run.stderr
