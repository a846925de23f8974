"""`scrutiny profile -- <command>`: run a test command with query recording on, then report.

The recording is the pytest plugin's (`pytest --scrutiny`): when the command runs pytest itself
(`pytest ...`, `py.test ...`, `python -m pytest ...`) the plugin's options are appended to it;
for any other command (`tox`, `make test`, `uv run pytest`) they are passed in `PYTEST_ADDOPTS`,
which every pytest the command starts reads. The plugin writes its report to a temporary file
(JSON, or HTML when that is the format asked for), which is read back and rendered in the
chosen format: on standard output, or into `--output`. The command's own output goes to
standard error, so standard output carries the report alone.

Exit status: the command's when it failed (a failing test suite stays failing), else 1 when a
finding reaches `--fail-on`, else 0; 2 when the command wrote no report.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from scrutiny.finding import Severity
from scrutiny.registry import Registry
from scrutiny.reporters import RenderOptions, render
from scrutiny.reporters.json import parse as parse_json

PYTEST_PROGRAMS = frozenset({"pytest", "py.test"})
PLUGIN_MODULE = "scrutiny.pytest_plugin"
NATIVE_FORMATS = frozenset({"html"})  # formats the plugin renders itself (they need statements)


@dataclass(frozen=True)
class ProfileOptions:
    """What the plugin is asked to do; None leaves the plugin's default."""

    threshold: int | None = None
    slow_ms: float | None = None
    explain: bool = True


@dataclass(frozen=True)
class ProfileRun:
    """The command's exit status and the report it wrote (None when it wrote none)."""

    returncode: int
    report: str | None


def runs_pytest(command: Sequence[str]) -> bool:
    """Whether `command` starts pytest itself (so options can go on its command line)."""
    if not command:
        return False
    program = _program_name(command[0])
    if program in PYTEST_PROGRAMS:
        return True
    return program.startswith("python") and list(command[1:3]) == ["-m", "pytest"]


def _program_name(path: str) -> str:
    name = Path(path).name.lower()
    return name.removesuffix(".exe")


def plugin_arguments(report_format: str, output: Path, options: ProfileOptions) -> list[str]:
    """The pytest options that turn recording on and write the report to `output`."""
    arguments = [
        "--scrutiny",
        f"--scrutiny-format={report_format}",
        f"--scrutiny-output={output}",
    ]
    if options.threshold is not None:
        arguments.append(f"--scrutiny-threshold={options.threshold}")
    if options.slow_ms is not None:
        arguments.append(f"--scrutiny-slow-ms={options.slow_ms:g}")
    if not options.explain:
        arguments.append("--scrutiny-no-explain")
    return arguments


def prepare(
    command: Sequence[str], arguments: Sequence[str], environ: Mapping[str, str]
) -> tuple[list[str], dict[str, str]]:
    """The command line and environment that run `command` with the plugin's `arguments`."""
    env = dict(environ)
    extra = list(arguments)
    if env.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD"):
        extra = ["-p", PLUGIN_MODULE, *extra]  # entry points are off: load the plugin by name
    if runs_pytest(command):
        return [*command, *extra], env
    added = " ".join(shlex.quote(a) for a in extra)
    env["PYTEST_ADDOPTS"] = (
        f"{env['PYTEST_ADDOPTS']} {added}" if env.get("PYTEST_ADDOPTS") else added
    )
    return list(command), env


def run(
    command: Sequence[str],
    report_format: str,
    options: ProfileOptions,
    *,
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> ProfileRun:
    """Run `command` with recording on; the child's output goes to this process's stderr."""
    wanted = report_format if report_format in NATIVE_FORMATS else "json"
    with tempfile.TemporaryDirectory(prefix="scrutiny-profile-") as directory:
        output = Path(directory) / f"report.{wanted}"
        argv, env = prepare(
            command,
            plugin_arguments(wanted, output, options),
            os.environ if environ is None else environ,
        )
        try:
            returncode = _run_to_stderr(argv, cwd, env)
        except FileNotFoundError:
            return ProfileRun(127, None)
        report = output.read_text(encoding="utf-8") if output.is_file() else None
    return ProfileRun(returncode, report)


def _run_to_stderr(argv: Sequence[str], cwd: Path | None, env: Mapping[str, str]) -> int:
    """Run `argv`, its standard output sent to our standard error (copied when it has no fd)."""
    try:
        target = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # a replaced stream (tests, IDEs)
        completed = subprocess.run(
            argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False
        )
        sys.stderr.write(completed.stdout.decode("utf-8", "replace"))
        return completed.returncode
    sys.stderr.flush()
    return subprocess.run(argv, cwd=cwd, env=env, stdout=target, check=False).returncode


def render_report(
    report: str, report_format: str, version: str, *, color: bool = False
) -> tuple[str, list[Severity]]:
    """The report in `report_format`, and the severity of each finding, from what the plugin
    wrote (JSON, or the HTML page itself). Raises ValueError/KeyError when it is malformed."""
    if report_format in NATIVE_FORMATS:
        return report, severities_in_html(report)
    findings = parse_json(report)
    options = RenderOptions(tool_version=version, color=color)
    return render(report_format, findings, Registry.load(), options), [f.severity for f in findings]


def severities_in_html(page: str) -> list[Severity]:
    """The severity of each finding of an HTML report (its cards' `data-severity`)."""
    collector = _SeverityCollector()
    collector.feed(page)
    collector.close()
    return collector.found


class _SeverityCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[Severity] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        severity = values.get("data-severity")
        if tag == "div" and "finding" in (values.get("class") or "").split() and severity:
            self.found.append(Severity.parse(severity))
