"""The CI recipes in docs/ci and the pre-commit hooks: their Scrutiny commands, run as written.

Each recipe's commands are taken from the YAML (CI expressions substituted), run on a copy of the
example project in a throwaway git repository, and the files they produce are validated: SARIF
against the vendored official schema, GitLab Code Quality for the fields GitLab requires.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from helpers import EXAMPLE, NO_TIMEOUT, ROOT, write

SCHEMA = Path(__file__).parent / "schemas" / "sarif-2.1.0-rtm.5.json"
GITLAB_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}
NEW_CODE = """

import requests as _requests


def ping_carrier() -> int:
    return _requests.get("https://carrier.example/ping").status_code
"""
CHANGED_FILE = "shipping/__init__.py"


def _load(name: str) -> Any:
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=ci", "-c", "user.email=ci@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The example project committed on `main`, `origin/main` pointing at it, then one change."""
    project = tmp_path / "project"
    shutil.copytree(EXAMPLE, project)
    _git(project, "init", "-q", "-b", "main")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "base")
    _git(project, "update-ref", "refs/remotes/origin/main", "HEAD")
    with (project / CHANGED_FILE).open("a", encoding="utf-8") as handle:
        handle.write(NEW_CODE)
    return project


def _run(command: str, cwd: Path, variables: dict[str, str]) -> int:
    """Run one recipe line: CI expressions substituted, `scrutiny` from this checkout."""
    unknown = set(re.findall(r"\$\{\{\s*([\w.]+)\s*\}\}", command)) - set(variables)
    assert not unknown, f"no test value for {unknown} in {command!r}"
    expanded = re.sub(r"\$\{\{\s*([\w.]+)\s*\}\}", lambda match: variables[match.group(1)], command)
    argv = shlex.split(expanded)
    assert argv[:2] == ["scrutiny", "check"], argv
    environment = {**os.environ, "NO_COLOR": "1", "SCRUTINY_CACHE_DIR": str(cwd.parent / "cache")}
    completed = subprocess.run(
        [sys.executable, "-m", "scrutiny", *argv[1:]],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=environment,
        timeout=600,
        check=False,
    )
    assert completed.returncode in (0, 1), completed.stderr
    return completed.returncode


def _report_file(command: str, fmt: str) -> str:
    match = re.search(rf"-o\s+{fmt}=(\S+)", command)
    assert match, f"{command!r} writes no {fmt} report"
    return match.group(1)


def _sarif_errors(document: Any) -> list[str]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


def _github_steps(event: str) -> list[dict[str, Any]]:
    """The steps of the recipe's job that run for `event` (its `if:`s are event-name tests)."""
    (job,) = _load("docs/ci/github-actions.yml")["jobs"].values()
    chosen = []
    for step in job["steps"]:
        condition = step.get("if", "")
        if "== 'pull_request'" in condition and event != "pull_request":
            continue
        if "!= 'pull_request'" in condition and event == "pull_request":
            continue
        chosen.append(step)
    return chosen


def _sarif_results(repo: Path, event: str) -> list[dict[str, Any]]:
    steps = _github_steps(event)
    commands = [s["run"] for s in steps if "run" in s and s["run"].startswith("scrutiny")]
    assert len(commands) == 1, commands
    (upload,) = [s for s in steps if "upload-sarif" in s.get("uses", "")]
    assert upload["if"] == "always()"  # findings fail the job; the report is uploaded anyway
    assert upload["with"]["sarif_file"] == _report_file(commands[0], "sarif")
    _run(commands[0], repo, {"github.base_ref": "main"})
    document = json.loads((repo / upload["with"]["sarif_file"]).read_text(encoding="utf-8"))
    errors = _sarif_errors(document)
    assert not errors, "\n".join(errors)
    results: list[dict[str, Any]] = document["runs"][0]["results"]
    return results


def test_github_actions_recipe_on_a_pull_request_reports_changed_lines_only(repo: Path) -> None:
    results = _sarif_results(repo, "pull_request")
    locations = [r["locations"][0]["physicalLocation"] for r in results]
    assert {loc["artifactLocation"]["uri"] for loc in locations} == {CHANGED_FILE}
    first_new_line = len(EXAMPLE.joinpath(CHANGED_FILE).read_text(encoding="utf-8").splitlines())
    assert all(loc["region"]["startLine"] > first_new_line for loc in locations)
    assert "REL101" in {r["ruleId"] for r in results}


def test_github_actions_recipe_on_a_push_reports_the_whole_project(repo: Path) -> None:
    results = _sarif_results(repo, "push")
    rules = {r["ruleId"] for r in results}
    assert {"REL101", "SEC101", "SEC201"} <= rules
    assert len(results) > 5


def test_github_actions_recipe_shape() -> None:
    recipe = _load("docs/ci/github-actions.yml")
    assert recipe["permissions"]["security-events"] == "write"
    (job,) = recipe["jobs"].values()
    checkout = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # the base branch must exist for --diff-base
    pull_request = [s["run"] for s in _github_steps("pull_request") if "run" in s]
    assert any('--diff-base "origin/${{ github.base_ref }}"' in run for run in pull_request)


def test_gitlab_recipe_produces_a_valid_code_quality_report(repo: Path) -> None:
    (job,) = _load("docs/ci/gitlab-ci.yml").values()
    commands = [line for line in job["script"] if line.startswith("scrutiny")]
    assert len(commands) == 1, commands
    report = job["artifacts"]["reports"]["codequality"]
    assert report == _report_file(commands[0], "gitlab")
    assert job["artifacts"]["when"] == "always"
    assert _run(commands[0], repo, {}) == 1
    issues = json.loads((repo / report).read_text(encoding="utf-8"))
    assert isinstance(issues, list)
    assert len(issues) > 5
    for issue in issues:
        assert isinstance(issue["check_name"], str) and issue["check_name"]
        assert isinstance(issue["description"], str) and issue["description"]
        assert isinstance(issue["fingerprint"], str) and issue["fingerprint"]
        assert issue["severity"] in GITLAB_SEVERITIES
        assert isinstance(issue["location"]["path"], str)
        assert not issue["location"]["path"].startswith("/")
        assert isinstance(issue["location"]["lines"]["begin"], int)
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    assert (CHANGED_FILE, "REL101") in {(i["location"]["path"], i["check_name"]) for i in issues}


# --- pre-commit -------------------------------------------------------------------------------


def _hooks() -> dict[str, dict[str, Any]]:
    return {hook["id"]: hook for hook in _load(".pre-commit-hooks.yaml")}


def _run_hook(
    hook: dict[str, Any], cwd: Path, files: list[str]
) -> subprocess.CompletedProcess[str]:
    argv = shlex.split(hook["entry"])
    assert argv[0] == "scrutiny"
    passed = files if hook.get("pass_filenames", True) else []
    return subprocess.run(
        [sys.executable, "-m", "scrutiny", *argv[1:], "--no-cache", "--format", "concise", *passed],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=300,
        check=False,
    )


def _hook_project(tmp_path: Path) -> Path:
    return write(
        tmp_path,
        {
            "pyproject.toml": '[tool.scrutiny]\nextend-exclude = ["generated"]\n',
            "app.py": NO_TIMEOUT,
            "generated/client.py": NO_TIMEOUT,
        },
    )


def test_pre_commit_hooks_are_well_formed() -> None:
    hooks = _hooks()
    assert set(hooks) == {"scrutiny", "scrutiny-project"}
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["types"] == ["python"]
        assert hook["require_serial"] is True
        assert hook["name"] and hook["description"]
    assert "--force-exclude" in hooks["scrutiny"]["entry"].split()
    assert hooks["scrutiny-project"]["pass_filenames"] is False


def test_pre_commit_hook_honours_excludes_for_passed_files(tmp_path: Path) -> None:
    project = _hook_project(tmp_path)
    run = _run_hook(_hooks()["scrutiny"], project, ["app.py", "generated/client.py"])
    assert run.returncode == 1, run.stderr
    assert "app.py:" in run.stdout
    assert "generated/client.py" not in run.stdout
    # without --force-exclude the excluded file would have been reported: the flag matters
    unforced = {**_hooks()["scrutiny"], "entry": "scrutiny check"}
    assert "generated/client.py" in _run_hook(unforced, project, ["generated/client.py"]).stdout


def test_pre_commit_project_hook_checks_the_whole_project(tmp_path: Path) -> None:
    project = _hook_project(tmp_path)
    run = _run_hook(_hooks()["scrutiny-project"], project, ["generated/client.py"])
    assert run.returncode == 1, run.stderr
    assert "app.py:" in run.stdout
    assert "generated/client.py" not in run.stdout
