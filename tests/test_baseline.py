"""Baselines: record by fingerprint, survive moved code, report new and fixed findings."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import scrutiny, write

SERVICE = """
import requests


def charge(order):
    return requests.post("https://pay", json=order)


def refund(order):
    return requests.post("https://pay/refund", json=order)
"""


def findings(stdout: str) -> list[dict[str, object]]:
    return json.loads(stdout)["findings"]  # type: ignore[no-any-return]


def test_baseline_round_trip(tmp_path: Path) -> None:
    write(tmp_path, {"svc.py": SERVICE})
    baseline = tmp_path / "baseline.json"
    wrote = scrutiny("check", ".", "--no-cache", "--write-baseline", str(baseline), cwd=tmp_path)
    assert wrote.code == 0
    assert len(json.loads(baseline.read_text())["findings"]) == 2
    quiet = scrutiny(
        "check", ".", "--no-cache", "--baseline", str(baseline), "--format", "json", cwd=tmp_path
    )
    assert quiet.code == 0 and findings(quiet.stdout) == []

    # moving code down the file (and re-indenting nothing) keeps it baselined
    write(tmp_path, {"svc.py": '"""Payments."""\n\n\nTIMEOUT = 5\n' + SERVICE})
    moved = scrutiny(
        "check", ".", "--no-cache", "--baseline", str(baseline), "--format", "json", cwd=tmp_path
    )
    assert findings(moved.stdout) == []

    # a new problem is reported; fixing an old one is listed so the baseline can shrink
    grown = (
        SERVICE.replace(
            'return requests.post("https://pay/refund", json=order)',
            'return requests.post("https://pay/refund", json=order, timeout=5)',
        )
        + '\n\ndef status(order):\n    return requests.get("https://pay/status")\n'
    )
    write(tmp_path, {"svc.py": grown})
    changed = scrutiny(
        "check", ".", "--no-cache", "--baseline", str(baseline), "--format", "json", cwd=tmp_path
    )
    assert [f["symbol"] for f in findings(changed.stdout)] == ["status"]
    assert "1 baselined findings no longer occur" in changed.stderr
    assert "refund" in changed.stderr or "svc.py" in changed.stderr


def test_baseline_from_config_and_bad_baseline(tmp_path: Path) -> None:
    write(
        tmp_path, {"svc.py": SERVICE, "pyproject.toml": '[tool.scrutiny]\nbaseline = "bl.json"\n'}
    )
    assert (
        scrutiny("check", ".", "--no-cache", "--write-baseline", "bl.json", cwd=tmp_path).code == 0
    )
    assert scrutiny("check", ".", "--no-cache", cwd=tmp_path).code == 0
    (tmp_path / "bl.json").write_text("{not json")
    broken = scrutiny("check", ".", "--no-cache", cwd=tmp_path)
    assert broken.code == 2
    assert "not a Scrutiny baseline" in broken.stderr
