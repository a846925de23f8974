"""Command line: argv -> Config -> check() -> reporters -> files and exit code. No analysis here.

Exit codes: 0 no finding at or above the fail threshold, 1 findings, 2 usage, configuration or
internal error (never 0 after a crash).
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from scrutiny import __version__
from scrutiny.baseline import BaselineError, render_baseline
from scrutiny.cache_location import default_cache_dir
from scrutiny.check import CheckOptions, Report, check
from scrutiny.config import Config, ConfigError, load_config
from scrutiny.diff import DiffError
from scrutiny.docs import rules_markdown
from scrutiny.finding import Confidence, Severity
from scrutiny.registry import Registry
from scrutiny.reporters import FORMATS, render
from scrutiny.reporters.options import RenderOptions

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITIES = [s.label for s in Severity]
CONFIDENCES = [c.label for c in Confidence]


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="scrutiny", standalone_mode=True)
    except SystemExit:
        raise
    except Exception:  # never exit 0 after a crash
        click.echo("scrutiny: internal error, please report it with this traceback:", err=True)
        click.echo(traceback.format_exc(), err=True)
        sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="scrutiny")
def cli() -> None:
    """Scrutiny reviews Python backend code the way a senior backend engineer would."""


def _split(values: tuple[str, ...]) -> tuple[str, ...] | None:
    items = tuple(v.strip() for value in values for v in value.split(",") if v.strip())
    return items or None


def _validate_selectors(registry: Registry, option: str, values: tuple[str, ...] | None) -> None:
    for value in values or ():
        if not registry.is_valid_selector(value):
            raise click.BadParameter(
                f"unknown rule {value!r}; use a code (REL101), a prefix (REL, REL1), a rule name "
                "or ALL; `scrutiny rules` lists them",
                param_hint=option,
            )


def _parse_outputs(outputs: tuple[str, ...], default: str) -> list[tuple[str, Path | None]]:
    targets: list[tuple[str, Path | None]] = []
    for output in outputs or (default,):
        fmt, _, file = output.partition("=")
        if fmt not in FORMATS:
            raise click.BadParameter(
                f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}", param_hint="--output"
            )
        targets.append((fmt, Path(file) if file else None))
    return targets


@cli.command("check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--config", "config_file", type=click.Path(path_type=Path), help="Config file to use."
)
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option(
    "--select", multiple=True, help="Rules to enable (codes, prefixes, names; comma-separated)."
)
@click.option("--extend-select", multiple=True, help="Rules to enable on top of the selection.")
@click.option("--ignore", multiple=True, help="Rules to disable.")
@click.option("--preview", is_flag=True, default=None, help="Enable rules in preview.")
@click.option(
    "--fail-on", type=click.Choice(SEVERITIES), help="Lowest severity that fails the run."
)
@click.option(
    "--min-confidence", type=click.Choice(CONFIDENCES), help="Hide less certain findings."
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option(
    "--format",
    "fmt",
    default="text",
    show_default=True,
    type=click.Choice(sorted(FORMATS)),
    help="Format for standard output.",
)
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    metavar="FORMAT[=FILE]",
    help="Write a report; repeat for several (e.g. -o sarif=out.sarif -o text).",
)
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), help="Worker processes (default: all cores)."
)
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache.")
@click.option(
    "--force-exclude", is_flag=True, help="Apply excludes to explicitly passed paths too."
)
@click.option(
    "--baseline", type=click.Path(path_type=Path), help="Hide findings recorded in this baseline."
)
@click.option(
    "--write-baseline", type=click.Path(path_type=Path), help="Record current findings and exit 0."
)
@click.option("--diff-base", metavar="REF", help="Only report findings on lines changed since REF.")
def check_command(
    paths: tuple[Path, ...],
    config_file: Path | None,
    isolated: bool,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    preview: bool | None,
    fail_on: str | None,
    min_confidence: str | None,
    exit_zero: bool,
    fmt: str,
    outputs: tuple[str, ...],
    jobs: int | None,
    no_cache: bool,
    force_exclude: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    diff_base: str | None,
) -> None:
    """Check PATHS (default: the current directory) and report findings."""
    registry = Registry.load()
    overrides: dict[str, Any] = {
        "select": _split(select),
        "extend_select": _split(extend_select),
        "ignore": _split(ignore),
    }
    for option, values in (
        ("--select", overrides["select"]),
        ("--extend-select", overrides["extend_select"]),
        ("--ignore", overrides["ignore"]),
    ):
        _validate_selectors(registry, option, values)
    targets = _parse_outputs(outputs, fmt)
    roots = list(paths) or [Path(".")]
    try:
        config = load_config(roots[0], registry, config_file, isolated)
    except ConfigError as err:
        _fail(str(err))
    config = config.with_overrides(
        **overrides,
        preview=preview,
        fail_on=Severity.parse(fail_on) if fail_on else None,
        min_confidence=Confidence.parse(min_confidence) if min_confidence else None,
        baseline=baseline,
    )
    options = CheckOptions(
        jobs=jobs,
        cache_dir=None if no_cache else default_cache_dir(),
        force_exclude=force_exclude,
        diff_base=diff_base,
        use_baseline=write_baseline is None,
    )
    try:
        with _ProgressBar() as progress:
            report = check(roots, config, registry, options, progress.update)
    except (BaselineError, DiffError) as err:
        _fail(str(err))
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    if write_baseline is not None:
        write_baseline.write_text(render_baseline(report.findings), encoding="utf-8")
        click.echo(f"Wrote {len(report.findings)} findings to baseline {write_baseline}.", err=True)
        sys.exit(EXIT_ERROR if report.errors else EXIT_CLEAN)
    _emit(report, registry, targets)
    for entry in report.fixed_baseline:
        click.echo(f"fixed since baseline: {entry.path}: {entry.code} {entry.message}", err=True)
    if report.fixed_baseline:
        click.echo(
            f"{len(report.fixed_baseline)} baselined findings no longer occur; "
            "run with --write-baseline to shrink the baseline.",
            err=True,
        )
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    sys.exit(_exit_code(report, config, exit_zero))


def _emit(report: Report, registry: Registry, targets: list[tuple[str, Path | None]]) -> None:
    for fmt, file in targets:
        color = file is None and fmt == "text" and _stdout_color()
        options = RenderOptions(
            color=color,
            tool_version=__version__,
            fixed_baseline=len(report.fixed_baseline),
            files_checked=report.files_checked,
        )
        text = render(fmt, report.findings, registry, options)
        if file is None:
            click.echo(text, nl=not text.endswith("\n"), color=color)
        else:
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
                file.write_text(text, encoding="utf-8")
            except OSError as err:
                _fail(f"cannot write {fmt} report to {file}: {err.strerror or err}")


def _exit_code(report: Report, config: Config, exit_zero: bool) -> int:
    if report.errors:
        return EXIT_ERROR
    if exit_zero:
        return EXIT_CLEAN
    failing = any(f.severity >= config.fail_on for f in report.findings)
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def _stdout_color() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def _fail(message: str) -> Any:
    click.echo(f"scrutiny: {message}", err=True)
    sys.exit(EXIT_ERROR)


class _ProgressBar:
    """A progress bar on stderr, shown only on a terminal and only once a run passes one second."""

    def __init__(self) -> None:
        self._start = time.monotonic()
        self._bar: Any = None
        self._task: Any = None
        self._enabled = sys.stderr.isatty() and not os.environ.get("CI")

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def update(self, done: int, total: int) -> None:
        if not self._enabled or time.monotonic() - self._start < 1.0:
            return
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

            self._bar = Progress(
                "checking",
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("check", total=total)
        self._bar.update(self._task, completed=done, total=total)


@cli.command("explain")
@click.argument("rule")
def explain_command(rule: str) -> None:
    """Print the documentation of RULE (a code such as REL101, or a name)."""
    registry = Registry.load()
    found = registry.get(rule)
    if found is None:
        _fail(f"unknown rule {rule!r}; `scrutiny rules` lists them")
        return
    header = (
        f"{found.code} {found.name}  (area: {found.area}, severity: {found.severity.label}, "
        f"confidence: {found.confidence.label}, status: {found.status.value}"
        + (f", CWE: {', '.join(f'CWE-{c}' for c in found.cwe)}" if found.cwe else "")
        + ")"
    )
    click.echo(header)
    click.echo("")
    click.echo(found.doc.strip())


@cli.command("mcp")
@click.option(
    "--root",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("."),
    help="Workspace root; the server reads nothing outside it. Default: current directory.",
)
@click.option(
    "--allow-test-runs",
    is_flag=True,
    help="Offer `profile_queries`, which runs the project's pytest suite with SQL recording.",
)
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache.")
def mcp_command(root: Path, allow_test_runs: bool, no_cache: bool) -> None:
    """Serve Scrutiny's tools to AI coding agents (Model Context Protocol, over stdio)."""
    try:
        from scrutiny.mcp_server import Workspace, serve
    except ImportError as err:
        if (err.name or "").split(".")[0] not in ("mcp", "mcp_types"):
            raise
        _fail("the MCP server needs the `mcp` package: pip install 'scrutiny[mcp]'")
        return
    serve(Workspace.at(root, use_cache=not no_cache, allow_test_runs=allow_test_runs))


@cli.command(
    "profile",
    context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False},
)
@click.option(
    "--format",
    "fmt",
    default="text",
    show_default=True,
    type=click.Choice(sorted([*FORMATS, "html"])),
    help="Report format.",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="Write the report here, not stdout."
)
@click.option("--threshold", type=click.IntRange(min=2), help="Repetitions that make an N+1.")
@click.option("--slow-ms", type=click.FloatRange(min=0), help="Slow statement threshold (ms).")
@click.option("--no-explain", is_flag=True, help="Do not run EXPLAIN on recorded queries.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), help="Exit 1 when a finding reaches it.")
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
def profile_command(
    fmt: str,
    output: Path | None,
    threshold: int | None,
    slow_ms: float | None,
    no_explain: bool,
    fail_on: str | None,
    command: tuple[str, ...],
) -> None:
    """Run COMMAND (e.g. `-- pytest tests/`) recording its SQL, then report the findings."""
    from scrutiny import profile

    options = profile.ProfileOptions(threshold=threshold, slow_ms=slow_ms, explain=not no_explain)
    result = profile.run(command, fmt, options)
    if result.report is None:
        _fail(
            f"`{' '.join(command)}` (exit status {result.returncode}) wrote no Scrutiny report; "
            "does it run pytest, with scrutiny installed in its environment?"
        )
        return
    color = output is None and fmt == "text" and _stdout_color()
    try:
        text, severities = profile.render_report(result.report, fmt, __version__, color=color)
    except (ValueError, KeyError) as err:
        _fail(f"cannot read the report the pytest plugin wrote: {err}")
    if output is None:
        click.echo(text, nl=not text.endswith("\n"), color=color)
    else:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
        except OSError as err:
            _fail(f"cannot write {fmt} report to {output}: {err.strerror or err}")
    if result.returncode != 0:
        sys.exit(result.returncode)
    failing = fail_on is not None and any(s >= Severity.parse(fail_on) for s in severities)
    sys.exit(EXIT_FINDINGS if failing else EXIT_CLEAN)


@cli.command("rules")
@click.option(
    "--area", help="Only rules of this area (security, database, async, reliability, scrutiny)."
)
@click.option("--markdown", is_flag=True, help="Print the full rule reference as Markdown.")
def rules_command(area: str | None, markdown: bool) -> None:
    """List every rule: code, name, area, severity, confidence, status."""
    registry = Registry.load()
    if markdown:
        click.echo(rules_markdown(registry), nl=False)
        return
    rows = [r for r in registry if area is None or r.area == area.lower()]
    _table(
        ("code", "name", "area", "severity", "confidence", "status"),
        [
            (r.code, r.name, r.area, r.severity.label, r.confidence.label, r.status.value)
            for r in rows
        ],
        click.echo,
    )


def _table(
    headers: tuple[str, ...], rows: list[tuple[str, ...]], echo: Callable[[str], None]
) -> None:
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows, strict=False)]
    for row in (headers, *rows):
        echo(
            "  ".join(
                str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)
            ).rstrip()
        )
