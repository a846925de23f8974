"""Configuration files: discovery, keys, validation errors, per-file ignores and roles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import NO_TIMEOUT, scrutiny, write

from scrutiny import Registry
from scrutiny.config import ConfigError, find_config_file, read_config

REGISTRY = Registry.load()


def codes(stdout: str) -> list[tuple[str, str]]:
    return [(f["location"]["path"], f["code"]) for f in json.loads(stdout)["findings"]]


def test_pyproject_table_is_found_from_a_subdirectory(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "pyproject.toml": '[tool.scrutiny]\nignore = ["REL101"]\n',
            "pkg/app.py": NO_TIMEOUT,
        },
    )
    assert find_config_file(tmp_path / "pkg") == tmp_path / "pyproject.toml"
    run = scrutiny("check", "pkg", "--no-cache", "--format", "json", cwd=tmp_path)
    assert codes(run.stdout) == [] and run.code == 0


def test_pyproject_without_table_is_skipped_and_scrutiny_toml_wins(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "pyproject.toml": "[project]\nname = 'x'\n",
            "scrutiny.toml": 'select = ["SEC"]\n',
            "app.py": NO_TIMEOUT,
        },
    )
    assert find_config_file(tmp_path) == tmp_path / "scrutiny.toml"
    assert read_config(tmp_path / "scrutiny.toml", REGISTRY).select == ("SEC",)


def test_isolated_and_explicit_config(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "pyproject.toml": '[tool.scrutiny]\nignore = ["REL"]\n',
            "other.toml": 'ignore = []\nselect = ["REL101"]\n',
            "app.py": NO_TIMEOUT,
        },
    )
    quiet = scrutiny("check", ".", "--no-cache", "--format", "json", cwd=tmp_path)
    assert codes(quiet.stdout) == []
    isolated = scrutiny("check", ".", "--no-cache", "--format", "json", "--isolated", cwd=tmp_path)
    assert codes(isolated.stdout) == [("app.py", "REL101")]
    explicit = scrutiny(
        "check", ".", "--no-cache", "--format", "json", "--config", "other.toml", cwd=tmp_path
    )
    assert codes(explicit.stdout) == [("app.py", "REL101")]


@pytest.mark.parametrize(
    ("table", "fragment"),
    [
        ('selct = ["SEC"]', "unknown key tool.scrutiny.selct; allowed keys: select, extend-select"),
        ('select = "SEC"', "tool.scrutiny.select: got 'SEC'; expected list of rule codes"),
        ('select = ["SEC9"]', "unknown rule 'SEC9'"),
        ('fail-on = "severe"', "tool.scrutiny.fail-on: got 'severe'; expected one of: critical"),
        ("preview = 1", "tool.scrutiny.preview: got 1; expected true or false"),
        ('per-file-ignores = { "tests/*" = "REL101" }', "tool.scrutiny.per-file-ignores"),
        ('roles = { fixtures = ["x"] }', "unknown role 'fixtures'"),
        ("select = [", "invalid TOML"),
    ],
)
def test_bad_config_is_a_clear_error(tmp_path: Path, table: str, fragment: str) -> None:
    write(tmp_path, {"pyproject.toml": f"[tool.scrutiny]\n{table}\n", "app.py": NO_TIMEOUT})
    with pytest.raises(ConfigError) as error:
        read_config(tmp_path / "pyproject.toml", REGISTRY)
    assert fragment in str(error.value)
    assert str(tmp_path / "pyproject.toml") in str(error.value)
    run = scrutiny("check", ".", "--no-cache", cwd=tmp_path)
    assert run.code == 2
    assert fragment in run.stderr
    assert "Traceback" not in run.stderr


def test_per_file_ignores_and_extend_select(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "pyproject.toml": (
                '[tool.scrutiny]\nselect = ["SEC"]\nextend-select = ["REL101"]\n'
                "[tool.scrutiny.per-file-ignores]\n"
                '"legacy/*.py" = ["http-request-without-timeout"]\n'
            ),
            "legacy/old.py": NO_TIMEOUT,
            "new.py": NO_TIMEOUT,
        },
    )
    run = scrutiny("check", ".", "--no-cache", "--format", "json", cwd=tmp_path)
    assert codes(run.stdout) == [("new.py", "REL101")]


def test_roles_quiet_rules_in_tests_and_can_be_overridden(tmp_path: Path) -> None:
    flask_debug = "from flask import Flask\n\napp = Flask(__name__)\napp.run(debug=True)\n"
    write(tmp_path, {"tests/test_app.py": flask_debug, "qa/check_app.py": flask_debug})
    default = scrutiny("check", ".", "--no-cache", "--format", "json", cwd=tmp_path)
    assert codes(default.stdout) == [("qa/check_app.py", "SEC302")]
    write(tmp_path, {"pyproject.toml": '[tool.scrutiny.roles]\ntests = ["qa/**"]\n'})
    overridden = scrutiny("check", ".", "--no-cache", "--format", "json", cwd=tmp_path)
    assert codes(overridden.stdout) == [("tests/test_app.py", "SEC302")]


def test_exclude_and_extend_exclude(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "pyproject.toml": '[tool.scrutiny]\nextend-exclude = ["generated"]\n',
            "generated/client.py": NO_TIMEOUT,
            "build/lib/app.py": NO_TIMEOUT,
            "app.py": NO_TIMEOUT,
        },
    )
    run = scrutiny("check", ".", "--no-cache", "--format", "json", cwd=tmp_path)
    assert codes(run.stdout) == [("app.py", "REL101")]
    write(tmp_path, {"pyproject.toml": "[tool.scrutiny]\nexclude = []\n"})
    everything = scrutiny("check", ".", "--no-cache", "--format", "json", cwd=tmp_path)
    assert len(codes(everything.stdout)) == 3


def test_fail_on_and_baseline_from_config(tmp_path: Path) -> None:
    write(tmp_path, {"pyproject.toml": '[tool.scrutiny]\nfail-on = "high"\n', "app.py": NO_TIMEOUT})
    assert scrutiny("check", ".", "--no-cache", cwd=tmp_path).code == 0
