"""`scrutiny mcp`: Scrutiny's tools for AI coding agents, a Model Context Protocol server (stdio).

Tools: `review` (findings for paths in the workspace, exactly the dicts of `scrutiny check --format
json`, capped and summarized), `review_snippet` (code that is not on disk yet), `explain` (a rule's
documentation), `list_rules`, and, only when the server is started with `--allow-test-runs`,
`profile_queries` (runs the project's tests under `scrutiny profile` and returns the runtime
query findings: N+1, duplicate, slow and unindexed queries). Resources: `scrutiny://rules` (an
index) and `scrutiny://rules/{code}` (one rule's documentation, markdown).

Safety. The server reads only inside the workspace root it was started with: every path argument
is resolved (symbolic links included) and refused when it lands outside the root, and so is a
review whose walk would reach a file outside the root through a link. Configuration files are
looked up from the first path upwards but never above the root. Analyzed code is never imported or
run, except by `profile_queries`, which runs the project's own test suite and therefore exists
only when the user opted in with `--allow-test-runs`. Each review runs `scrutiny check` in a child
process, so the engine is the CLI's, and a run
that exceeds its time limit is killed and reported as an error; results are capped in size.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import anyio
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceNotFoundError, ToolError
from mcp_types import ToolAnnotations

from scrutiny import __version__
from scrutiny.config import Config, ConfigError, find_config_file, read_config
from scrutiny.discovery import discover
from scrutiny.finding import Severity
from scrutiny.registry import Registry
from scrutiny.rule import AREAS, Rule

MAX_FINDINGS = 200
REVIEW_TIMEOUT = 300.0  # seconds, for one review (the child process is killed after it)
MAX_SNIPPET_BYTES = 200_000
FRAMEWORKS = ("aiohttp", "django", "drf", "fastapi", "flask", "sqlalchemy", "starlette")
SAFE_FILENAME = re.compile(r"^[A-Za-z0-9_.\-/]{1,200}$")
READ_ONLY = ToolAnnotations(read_only_hint=True, destructive_hint=False, open_world_hint=False)
# running a test suite executes the project's code: it may write (test databases, files)
RUNS_TESTS = ToolAnnotations(read_only_hint=False, destructive_hint=False, open_world_hint=False)

INSTRUCTIONS = """\
Scrutiny reviews Python backend code (Django, DRF, FastAPI, Flask, SQLAlchemy) for security,
database efficiency, async correctness and reliability, without running it. Use `review` on the
files you are about to change and again after changing them, `review_snippet` on code before you
write it to disk, `explain` for the full story of any finding (why it matters, the fix, the
alternatives), and `list_rules` to see what is checked. Findings carry a data-flow `trace` for
taint rules and a suggested `fix`."""

DJANGO_NOTE = (
    "Django function views are entry points only when a URLconf routes them: include "
    "`urlpatterns` in the snippet to have request data followed into sinks."
)


@dataclass(frozen=True)
class Workspace:
    """Where the server may read, and how it runs reviews."""

    root: Path  # resolved (no symbolic links)
    use_cache: bool = True
    allow_test_runs: bool = False  # `profile_queries` (runs the project's tests) is offered
    timeout: float = REVIEW_TIMEOUT

    @classmethod
    def at(cls, root: Path, *, use_cache: bool = True, allow_test_runs: bool = False) -> Workspace:
        return cls(Path(os.path.realpath(root)), use_cache, allow_test_runs)


def serve(workspace: Workspace) -> None:
    """Run the server on standard input and output until the client disconnects."""
    build_server(workspace, Registry.load()).run("stdio")


def build_server(workspace: Workspace, registry: Registry) -> MCPServer:
    server: MCPServer = MCPServer(name="scrutiny", version=__version__, instructions=INSTRUCTIONS)

    @server.tool(annotations=READ_ONLY)
    async def review(
        paths: list[str], select: list[str] | None = None, diff_base: str | None = None
    ) -> dict[str, Any]:
        """Review files or directories of the workspace (relative to its root) with Scrutiny.

        Returns the findings (rule code and name, severity, confidence, location, message,
        data-flow trace, fix, fingerprint), as `scrutiny check --format json` does, plus a summary
        by severity and rule. `select` limits the rules (codes, prefixes such as `SEC`, or rule
        names); `diff_base` (a git ref) keeps only findings on lines changed since it.
        """
        return await run_review(workspace, registry, paths, select, diff_base)

    @server.tool(annotations=READ_ONLY)
    async def review_snippet(
        code: str, filename: str = "snippet.py", framework: str | None = None
    ) -> dict[str, Any]:
        """Review Python code that is not on disk yet (what you are about to write).

        The code is checked alone, in a private temporary directory, as the file `filename`
        (which decides path roles: `tests/test_x.py` is a test, `settings.py` a settings module).
        Frameworks are recognised from the snippet's imports; `framework` is checked, echoed
        back and adds notes on what a lone snippet cannot show.
        """
        return await run_snippet(workspace, code, filename, framework)

    if workspace.allow_test_runs:

        @server.tool(annotations=RUNS_TESTS)
        async def profile_queries(
            tests: list[str] | None = None, threshold: int | None = None
        ) -> dict[str, Any]:
            """Run the project's pytest suite (or the given test files/directories, relative to
            the workspace root, `path::test` node ids allowed) with Scrutiny's SQL recorder and
            return what the real queries did wrong: N+1 queries (DB101) with the call site, the
            loop and the eager-loading fix, duplicate queries (DB107), slow statements (DB108)
            and missing indexes seen in EXPLAIN plans (DB201). `threshold` is how many
            repetitions from one line make an N+1 (default 5). This runs the project's code."""
            return await run_profile(workspace, tests or [], threshold)

    @server.tool(annotations=READ_ONLY)
    def explain(rule: str) -> dict[str, Any]:
        """The full documentation of a rule (a code such as SEC101, or a name such as
        sql-injection): what it finds, why it matters, examples, the fix, alternatives."""
        found = find_rule(registry, rule)
        return {**rule_row(found), "documentation": rule_markdown(found)}

    @server.tool(annotations=READ_ONLY)
    def list_rules(area: str | None = None) -> dict[str, Any]:
        """Every rule: code, name, area, severity, confidence, status and a one-line summary.
        `area` keeps one area: security, database, async, reliability or scrutiny."""
        if area is not None and area.lower() not in AREAS.values():
            raise ToolError(f"unknown area {area!r}; choose from {', '.join(AREAS.values())}")
        rows = [rule_row(r) for r in registry if area is None or r.area == area.lower()]
        return {"rules": rows, "count": len(rows)}

    @server.resource("scrutiny://rules", mime_type="text/markdown")
    def rules_index() -> str:
        """Every rule, one line each, with the URI of its documentation."""
        return "\n".join(
            f"- [{r.code} {r.name}](scrutiny://rules/{r.code}): {r.summary}" for r in registry
        )

    @server.resource("scrutiny://rules/{code}", mime_type="text/markdown")
    def rule_document(code: str) -> str:
        """The documentation of one rule, by code or name."""
        found = registry.get(code)
        if found is None:
            raise ResourceNotFoundError(unknown_rule_message(registry, code))
        return rule_markdown(found)

    return server


# --- rules ---------------------------------------------------------------------------------


def find_rule(registry: Registry, key: str) -> Rule:
    found = registry.get(key)
    if found is None:
        raise ToolError(unknown_rule_message(registry, key))
    return found


def unknown_rule_message(registry: Registry, key: str) -> str:
    candidates = [r.code for r in registry] + [r.name for r in registry]
    close = difflib.get_close_matches(key.strip(), candidates, n=5, cutoff=0.5)
    close += difflib.get_close_matches(key.strip().upper(), candidates, n=5, cutoff=0.5)
    hint = f"; did you mean {', '.join(dict.fromkeys(close))}?" if close else ""
    return f"unknown rule {key!r}{hint} (`list_rules` lists them all)"


def rule_row(rule: Rule) -> dict[str, Any]:
    return {
        "code": rule.code,
        "name": rule.name,
        "area": rule.area,
        "severity": rule.severity.label,
        "confidence": rule.confidence.label,
        "status": rule.status.value,
        "cwe": list(rule.cwe),
        "summary": rule.summary,
    }


def rule_markdown(rule: Rule) -> str:
    cwe = f", CWE: {', '.join(f'CWE-{c}' for c in rule.cwe)}" if rule.cwe else ""
    header = (
        f"{rule.code} {rule.name} (area: {rule.area}, severity: {rule.severity.label}, "
        f"confidence: {rule.confidence.label}, status: {rule.status.value}{cwe})"
    )
    return f"{header}\n\n{rule.doc.strip()}\n"


# --- paths ---------------------------------------------------------------------------------


def is_inside(path: str, root: Path) -> bool:
    real_root = os.fspath(root)
    return path == real_root or path.startswith(real_root.rstrip(os.sep) + os.sep)


def resolve_path(workspace: Workspace, raw: str) -> Path:
    """`raw` (relative to the root, or absolute) as a path inside the root, or a ToolError."""
    root = workspace.root
    if not raw or "\x00" in raw:
        raise ToolError(f"invalid path {raw!r}")
    candidate = Path(os.path.normpath(root / raw))
    real = os.path.realpath(candidate)
    if not is_inside(real, root):
        via = "" if real == os.fspath(candidate) else f" (it resolves to {real})"
        raise ToolError(
            f"refused: {raw!r}{via} is outside the workspace root {root}; "
            "this server only reads inside its root"
        )
    if not os.path.exists(real):
        raise ToolError(f"{raw!r} does not exist in the workspace root {root}")
    return candidate


def load_workspace_config(workspace: Workspace, registry: Registry, first: Path) -> Config | None:
    """The config file the CLI would use for `first`, if it lies inside the root (else None)."""
    found = find_config_file(Path(os.path.realpath(first)))
    if found is None or not is_inside(os.path.realpath(found), workspace.root):
        return None
    try:
        return read_config(found, registry)
    except ConfigError as err:
        raise ToolError(str(err)) from None


def escaping_file(paths: Sequence[Path], config: Config, root: Path) -> str | None:
    """The first file the walk would read whose real path is outside the root."""
    found = discover(list(paths), config.root, config.excludes)
    for source in (*found.files, *found.templates):
        if not is_inside(os.path.realpath(source.path), root):
            return source.display
    return None


# --- reviews -------------------------------------------------------------------------------


async def run_review(
    workspace: Workspace,
    registry: Registry,
    paths: list[str],
    select: list[str] | None,
    diff_base: str | None,
) -> dict[str, Any]:
    if not paths:
        raise ToolError('give at least one path to review ("." is the whole workspace)')
    resolved = [resolve_path(workspace, raw) for raw in paths]
    config = load_workspace_config(workspace, registry, resolved[0])
    effective = config if config is not None else Config(root=workspace.root)
    leak = escaping_file(resolved, effective, workspace.root)
    if leak is not None:
        raise ToolError(
            f"refused: {leak} is a symbolic link (or lies below one) that leaves the workspace "
            f"root {workspace.root}; this server only reads inside its root"
        )
    args = ["--config", os.fspath(config.source)] if config and config.source else ["--isolated"]
    args += selection_args(registry, select) + diff_args(diff_base)
    if not workspace.use_cache:
        args.append("--no-cache")
    document = await run_check(workspace, workspace.root, [*args, "--", *map(str, resolved)])
    return summarize(document)


async def run_profile(
    workspace: Workspace, tests: list[str], threshold: int | None
) -> dict[str, Any]:
    """`scrutiny profile --format json -- python -m pytest TESTS` in the workspace root."""
    targets: list[str] = []
    for raw in tests:
        path, separator, node = raw.partition("::")
        resolved = resolve_path(workspace, path)
        if node.startswith("-") or any(c.isspace() for c in node):
            raise ToolError(f"invalid test node id {raw!r}")
        targets.append(os.fspath(resolved) + separator + node)
    options = ["--threshold", str(threshold)] if threshold is not None else []
    if threshold is not None and threshold < 2:
        raise ToolError("threshold must be 2 or more")
    command = [
        sys.executable,
        "-m",
        "scrutiny",
        "profile",
        "--format",
        "json",
        *options,
        "--",
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        *targets,
    ]
    completed = await run_child(workspace, workspace.root, command, "the test run")
    try:
        document: dict[str, Any] = json.loads(completed.stdout)
    except json.JSONDecodeError:
        errors = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ToolError(
            f"the test run produced no report (exit status {completed.returncode}): "
            + "\n".join(errors[-20:])
        ) from None
    result = summarize(document)
    result["tests_exit_status"] = completed.returncode
    return result


def selection_args(registry: Registry, select: list[str] | None) -> list[str]:
    if not select:
        return []
    for selector in select:
        if not registry.is_valid_selector(selector):
            raise ToolError(
                f"unknown rule selector {selector!r}: use a code (SEC101), a prefix (SEC, SEC1), "
                "a rule name or ALL; `list_rules` lists them"
            )
    return ["--select", ",".join(select)]


def diff_args(diff_base: str | None) -> list[str]:
    if diff_base is None:
        return []
    if not diff_base or diff_base.startswith("-") or any(c.isspace() for c in diff_base):
        raise ToolError(f"invalid git ref {diff_base!r}")
    return ["--diff-base", diff_base]


async def run_snippet(
    workspace: Workspace, code: str, filename: str, framework: str | None
) -> dict[str, Any]:
    size = len(code.encode("utf-8"))
    if size > MAX_SNIPPET_BYTES:
        raise ToolError(
            f"snippet too large: {size} bytes, the limit is {MAX_SNIPPET_BYTES}; write it to "
            "the workspace and use `review` instead"
        )
    name = snippet_filename(filename)
    if framework is not None and framework.lower() not in FRAMEWORKS:
        raise ToolError(f"unknown framework {framework!r}; choose from {', '.join(FRAMEWORKS)}")
    with tempfile.TemporaryDirectory(prefix="scrutiny-snippet-") as directory:
        base = Path(os.path.realpath(directory))
        target = base / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(code, encoding="utf-8")
        document = await run_check(workspace, base, ["--isolated", "--no-cache", "--", name])
    result = summarize(document)
    result["filename"] = name
    if framework is not None:
        result["framework"] = framework.lower()
        result["notes"] = [DJANGO_NOTE] if framework.lower() in ("django", "drf") else []
    return result


def snippet_filename(filename: str) -> str:
    path = PurePosixPath(filename)
    if (
        not SAFE_FILENAME.match(filename)
        or path.is_absolute()
        or ".." in path.parts
        or path.suffix != ".py"
    ):
        raise ToolError(
            f"invalid filename {filename!r}: use a relative path ending in .py, such as "
            "`app/views.py`, with letters, digits, `_`, `-`, `.` and `/` only"
        )
    return path.as_posix()


async def run_check(workspace: Workspace, cwd: Path, args: list[str]) -> dict[str, Any]:
    """`scrutiny check --format json ARGS` in a child process, killed after the time limit."""
    command = [sys.executable, "-m", "scrutiny", "check", "--format", "json", "--exit-zero", *args]
    completed = await run_child(workspace, cwd, command, "the review")
    errors = completed.stderr.decode("utf-8", "replace").strip()
    if completed.returncode != 0:
        raise ToolError(errors or f"scrutiny check exited with status {completed.returncode}")
    document: dict[str, Any] = json.loads(completed.stdout)
    document["warnings"] = [
        line.removeprefix("warning: ") for line in errors.splitlines() if line.startswith("warning")
    ]
    return document


async def run_child(
    workspace: Workspace, cwd: Path, command: list[str], what: str
) -> subprocess.CompletedProcess[bytes]:
    """Run `command` without colour, killed after the workspace's time limit."""
    environment = {k: v for k, v in os.environ.items() if k != "FORCE_COLOR"}
    environment["NO_COLOR"] = "1"
    with anyio.move_on_after(workspace.timeout) as scope:
        completed = await anyio.run_process(command, cwd=cwd, env=environment, check=False)
    if scope.cancelled_caught:
        raise ToolError(
            f"{what} took longer than {workspace.timeout:g} s and was stopped; "
            "give it fewer paths at a time"
        )
    return completed


def summarize(document: dict[str, Any], limit: int = MAX_FINDINGS) -> dict[str, Any]:
    """The findings in the CLI's order and a summary; beyond `limit`, the most severe are kept."""
    findings: list[dict[str, Any]] = document["findings"]
    by_severity = Counter(f["severity"] for f in findings)
    return {
        "findings": most_severe(findings, limit),
        "truncated": len(findings) > limit,
        "total": len(findings),
        "summary": {
            "files_checked": document["files_checked"],
            "by_severity": {
                s.label: by_severity[s.label]
                for s in sorted(Severity, reverse=True)
                if by_severity[s.label]
            },
            "by_rule": dict(sorted(Counter(f["code"] for f in findings).items())),
        },
        "warnings": document.get("warnings", []),
    }


def most_severe(findings: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """At most `limit` findings, the most severe first chosen, returned in their original order."""
    if len(findings) <= limit:
        return findings
    ranked = sorted(
        range(len(findings)), key=lambda i: (-Severity.parse(findings[i]["severity"]), i)
    )
    return [findings[i] for i in sorted(ranked[:limit])]
