"""The command line, end to end, through a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import EXAMPLE, NO_TIMEOUT, scrutiny, write

from scrutiny import __version__


def test_example_project_findings_and_exit_code(tmp_path: Path) -> None:
    run = scrutiny("check", str(EXAMPLE), "--no-cache", "--format", "json")
    assert run.code == 1, run.stderr
    codes = {f["code"] for f in json.loads(run.stdout)["findings"]}
    assert {"REL101", "ASY101", "SEC301", "SEC302"} <= codes


def test_exit_zero_and_fail_on(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": NO_TIMEOUT})
    assert scrutiny("check", str(tmp_path), "--no-cache").code == 1
    assert scrutiny("check", str(tmp_path), "--no-cache", "--exit-zero").code == 0
    # REL101 is medium: a high threshold lets the run pass, a low one fails it
    assert scrutiny("check", str(tmp_path), "--no-cache", "--fail-on", "high").code == 0
    assert scrutiny("check", str(tmp_path), "--no-cache", "--fail-on", "medium").code == 1


def test_clean_project_exits_zero(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "import requests\n\nrequests.get('u', timeout=3)\n"})
    run = scrutiny("check", str(tmp_path), "--no-cache")
    assert run.code == 0
    assert "No findings" in run.stdout


def test_select_and_ignore_by_prefix_and_name(tmp_path: Path) -> None:
    run = scrutiny("check", str(EXAMPLE), "--no-cache", "--format", "json", "--select", "SEC3")
    assert {f["code"] for f in json.loads(run.stdout)["findings"]} == {"SEC301", "SEC302"}
    run = scrutiny(
        "check",
        str(EXAMPLE),
        "--no-cache",
        "--format",
        "json",
        "--select",
        "ALL",
        "--ignore",
        "SEC,blocking-call-in-async",
    )
    codes = {f["code"] for f in json.loads(run.stdout)["findings"]}
    assert codes == {"REL101", "REL103", "REL120", "DB101", "DB103"}


def test_unknown_selector_is_a_usage_error() -> None:
    run = scrutiny("check", str(EXAMPLE), "--select", "NOPE42")
    assert run.code == 2
    assert "unknown rule 'NOPE42'" in run.stderr


def test_min_confidence_hides_less_certain_findings(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "srv.py": """
        from flask import Flask

        app = Flask(__name__)

        if __name__ == "__main__":
            app.run(debug=True)
        """,
        },
    )
    low = scrutiny("check", str(tmp_path), "--no-cache", "--format", "json")
    assert [f["confidence"] for f in json.loads(low.stdout)["findings"]] == ["medium"]
    high = scrutiny(
        "check", str(tmp_path), "--no-cache", "--format", "json", "--min-confidence", "high"
    )
    assert json.loads(high.stdout)["findings"] == []
    assert high.code == 0


def test_several_outputs_in_one_run(tmp_path: Path) -> None:
    sarif, report = tmp_path / "out" / "r.sarif", tmp_path / "r.json"
    run = scrutiny(
        "check",
        str(EXAMPLE),
        "--no-cache",
        "-o",
        f"sarif={sarif}",
        "-o",
        f"json={report}",
        "-o",
        "concise",
    )
    assert run.code == 1
    assert json.loads(sarif.read_text())["version"] == "2.1.0"
    lines = [line for line in run.stdout.splitlines() if ".py:" in line]
    assert len(lines) == len(json.loads(report.read_text())["findings"])


def test_unknown_output_format_is_a_usage_error() -> None:
    run = scrutiny("check", str(EXAMPLE), "-o", "yaml")
    assert run.code == 2
    assert "unknown format 'yaml'" in run.stderr


def test_explain_by_code_and_name() -> None:
    by_code = scrutiny("explain", "REL101")
    by_name = scrutiny("explain", "http-request-without-timeout")
    assert by_code.code == by_name.code == 0
    assert by_code.stdout == by_name.stdout
    for section in ("## What it does", "## Why it matters", "## Use instead", "## Libraries"):
        assert section in by_code.stdout
    missing = scrutiny("explain", "XYZ123")
    assert missing.code == 2 and "unknown rule" in missing.stderr


def test_rules_table_lists_every_rule() -> None:
    from scrutiny import Registry

    run = scrutiny("rules")
    assert run.code == 0
    header, *rows = run.stdout.splitlines()
    assert header.split() == ["code", "name", "area", "severity", "confidence", "status"]
    assert [row.split()[0] for row in rows] == [r.code for r in Registry.load()]


def test_version() -> None:
    run = scrutiny("--version")
    assert run.code == 0 and __version__ in run.stdout


def test_color_only_when_asked(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": NO_TIMEOUT})
    plain = scrutiny("check", str(tmp_path), "--no-cache")
    assert "\x1b[" not in plain.stdout
    forced = scrutiny(
        "check", str(tmp_path), "--no-cache", env={"FORCE_COLOR": "1", "NO_COLOR": ""}
    )
    assert "\x1b[" in forced.stdout


def test_missing_path_is_reported_not_crashed(tmp_path: Path) -> None:
    run = scrutiny("check", str(tmp_path / "nope"), "--no-cache")
    assert run.code == 0
    assert "no such file or directory" in run.stderr
