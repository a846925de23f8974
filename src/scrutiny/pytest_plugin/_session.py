"""The hooks, state and fixture of `pytest --scrutiny`, loaded only when the option is given."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Generator, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from scrutiny import __version__
from scrutiny.finding import Finding, Severity
from scrutiny.pytest_plugin import MARKER
from scrutiny.runtime.budget import budget_from_marker, check_budget
from scrutiny.runtime.recorder import BudgetExceeded, Capture, Recorder, RecorderSettings

if TYPE_CHECKING:  # loaded at the end of the session, and only what the report needs
    from scrutiny.config import Config
    from scrutiny.registry import Registry
    from scrutiny.runtime.analysis import AnalysisSettings
    from scrutiny.runtime.explain import Plan
    from scrutiny.runtime.schema import SchemaHints
    from scrutiny.runtime.shape_store import ShapeStore
    from scrutiny.runtime.statement import Statement

WORKER_KEY = "scrutiny"
# The rules whose findings the runtime review makes (their metadata, docs and static DB101).
RUNTIME_RULE_MODULES = (
    "scrutiny.rules.database.n_plus_one",
    "scrutiny.rules.database.duplicate_query",
    "scrutiny.rules.database.slow_query",
    "scrutiny.rules.database.missing_index",
)


@dataclass
class _State:
    recorder: Recorder
    analysis: AnalysisSettings
    fail_on: Severity | None
    output_format: str
    output: Path | None
    root: Path
    link_static: bool = True
    resources: ExitStack = field(default_factory=ExitStack)
    django_installed: bool = False
    sqlalchemy_installed: bool = False
    registry: Registry | None = None
    shapes: ShapeStore | None = None  # the SQL parsed by earlier runs
    findings: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


STATE = pytest.StashKey[_State]()
CAPTURE = pytest.StashKey[Capture]()


def start(config: pytest.Config) -> None:
    """Build the recorder and settings from the options and register the session hooks."""
    fail_on = config.getoption("scrutiny_fail_on")
    try:
        severity = Severity.parse(fail_on) if fail_on else None
    except ValueError as err:
        raise pytest.UsageError(f"--scrutiny-fail-on: {err}") from None
    output = config.getoption("scrutiny_output")
    explain = not config.getoption("scrutiny_no_explain")
    recorder = Recorder(
        RecorderSettings(redact_params=bool(config.getoption("scrutiny_redact")), explain=explain)
    )
    from scrutiny.runtime.analysis import AnalysisSettings

    analysis = AnalysisSettings(
        n_plus_one_threshold=int(config.getoption("scrutiny_threshold")),
        slow_ms=float(config.getoption("scrutiny_slow_ms")),
        explain=explain,
        allow_fingerprints=tuple(config.getini("scrutiny_allow_fingerprints")),
        allow_sites=tuple(config.getini("scrutiny_allow_sites")),
    )
    state = _State(
        recorder=recorder,
        analysis=analysis,
        fail_on=severity,
        output_format=str(config.getoption("scrutiny_format")),
        output=Path(output) if output else None,
        root=config.rootpath,
        link_static=not config.getoption("scrutiny_no_static"),
    )
    if not config.getoption("scrutiny_no_cache"):
        from scrutiny.runtime.shape_store import ShapeStore

        state.shapes = ShapeStore.default()
        if state.shapes is not None:
            state.shapes.fill(recorder.fingerprinter)
    config.stash[STATE] = state
    config.pluginmanager.register(_Session(state), "scrutiny-session")


class _Session:
    """The hooks that run only when scrutiny is on."""

    def __init__(self, state: _State) -> None:
        self.state = state

    def _install_sqlalchemy(self) -> None:
        """Class-level engine listeners, once SQLAlchemy is imported (never imported for it):
        they apply to engines created before and after."""
        if self.state.sqlalchemy_installed or "sqlalchemy" not in sys.modules:
            return
        from sqlalchemy.engine import Engine

        self.state.resources.callback(self.state.recorder.instrument_sqlalchemy(Engine))
        self.state.sqlalchemy_installed = True

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Generator[None, Any, Any]:
        self._install_django()
        self._install_sqlalchemy()
        capture = item.stash.get(CAPTURE, None)
        if capture is None:
            capture = Capture(item.nodeid)
        with self.state.recorder.context(item.nodeid, capture):
            result = yield
        marker = item.get_closest_marker(MARKER)
        if marker is not None:
            try:
                budget = budget_from_marker(marker.args, marker.kwargs)
            except TypeError as err:
                pytest.fail(str(err), pytrace=False)
            try:
                check_budget(capture, budget)
            except BudgetExceeded as exceeded:
                pytest.fail(str(exceeded), pytrace=False)
        return result

    def _install_django(self) -> None:
        if self.state.django_installed or not _django_configured():
            return
        self.state.resources.enter_context(self.state.recorder.install_django())
        self.state.django_installed = True

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        """pytest-xdist controller: merge what a worker recorded."""
        payload = getattr(node, "workeroutput", {}).get(WORKER_KEY)
        if payload:
            statements, plans = _decode(payload)
            self.state.recorder.add(statements, plans)

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        state = self.state
        state.resources.close()
        config = session.config
        workeroutput = getattr(config, "workeroutput", None)
        if workeroutput is not None:  # an xdist worker: the controller reports
            workeroutput[WORKER_KEY] = _encode(state.recorder)
            if state.shapes is not None:
                state.shapes.save(state.recorder.fingerprinter)
            return
        state.findings = self._analyze(config)
        if state.output is not None:
            self._write(state.findings)
        if state.shapes is not None:
            state.shapes.save(state.recorder.fingerprinter)
        failing = state.fail_on is not None and any(
            f.severity >= state.fail_on for f in state.findings
        )
        if failing and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def _registry(self) -> Registry:
        """The database rules only: their metadata is all the runtime findings need, and
        loading every rule module would cost the session a noticeable fraction of a second."""
        if self.state.registry is None:
            self.state.registry = _runtime_registry()
        return self.state.registry

    def _rules_for(self, findings: list[Finding]) -> Registry:
        """The rules a report of `findings` names: none for a clean run (no rule module to load)."""
        if findings:
            return self._registry()
        from scrutiny.registry import Registry

        return Registry.of(())

    def _analyze(self, config: pytest.Config) -> list[Finding]:
        from scrutiny.registry import Registry
        from scrutiny.runtime.analysis import AnalysisCaches, analyze, with_rule_metadata

        project = _project_config(self.state.root, self.state.problems)
        # The rules' metadata and the selection are loaded only when there is something to
        # report, or per-file ignores to match against rule selectors: a clean run does not pay.
        registry = Registry.of(())
        selection = None
        if project.per_file_ignores:
            from scrutiny.selection import Selection

            registry = self._registry()
            selection = Selection.build(project, registry)
        findings = analyze(
            self.state.recorder.statements(),
            self.state.analysis,
            registry,
            self.state.recorder.explainer(),
            self.state.root,
            schema=_schema(),
            selection=selection,
            caches=AnalysisCaches(shapes=self.state.recorder.fingerprinter),
        )
        if not findings:
            return findings
        findings = with_rule_metadata(findings, self._registry())
        if self.state.link_static:
            from scrutiny.runtime.static_link import link_static

            findings = link_static(findings, self.state.root, self._registry(), project)
        return findings

    def _write(self, findings: list[Finding]) -> None:
        state = self.state
        assert state.output is not None
        text = self._rendered(findings)
        if text is not None:
            state.output.parent.mkdir(parents=True, exist_ok=True)
            state.output.write_text(text, encoding="utf-8")

    def _rendered(self, findings: list[Finding]) -> str | None:
        """The report in `--scrutiny-format`, for a file (or the terminal, without a file)."""
        state = self.state
        if state.output_format == "html":
            return self._html(findings)
        from scrutiny.reporters import FORMATS, RenderOptions, render

        if state.output_format in FORMATS:
            options = RenderOptions(tool_version=__version__, root_uri=state.root.as_uri() + "/")
            return render(state.output_format, findings, self._rules_for(findings), options)
        state.problems.append(
            f"--scrutiny-format={state.output_format} is not available in this installation"
        )
        return None

    def _html(self, findings: list[Finding]) -> str:
        """The HTML report needs the statements and plans too, not only the findings."""
        from scrutiny.reporters.html import render_html

        recorder = self.state.recorder
        return render_html(
            findings,
            recorder.statements(),
            plans=recorder.plans(),
            root=str(self.state.root),
            tool_version=__version__,
        )

    def pytest_terminal_summary(
        self, terminalreporter: Any, exitstatus: int, config: pytest.Config
    ) -> None:
        state = self.state
        if getattr(config, "workeroutput", None) is not None:
            return
        terminalreporter.section("scrutiny: SQL review")
        statements, contexts = state.recorder.count()
        terminalreporter.write_line(f"{statements} SQL statements recorded in {contexts} tests")
        for problem in state.problems:
            terminalreporter.write_line(f"scrutiny: {problem}")
        if state.output is None and state.output_format != "text":
            text = self._rendered(state.findings)  # asked for a format, without a file
            if text is not None:
                terminalreporter.write(text)
        elif state.findings:
            from scrutiny.reporters import RenderOptions, render

            options = RenderOptions(
                tool_version=__version__,
                color=bool(getattr(terminalreporter, "hasmarkup", False)),
                files_checked=len({f.path for f in state.findings}),
            )
            terminalreporter.write(render("text", state.findings, self._registry(), options))
        else:
            terminalreporter.write_line("no findings")
        if state.output is not None and state.output.exists():
            terminalreporter.write_line(f"report written to {state.output}")


def queries(request: pytest.FixtureRequest) -> Iterator[Capture]:
    """The `scrutiny_queries` fixture."""
    item = request.node
    state = request.config.stash.get(STATE, None)
    capture = Capture(item.nodeid)
    item.stash[CAPTURE] = capture
    if state is not None:
        yield capture
        return
    recorder = Recorder(RecorderSettings(explain=False))
    with ExitStack() as stack:
        if "sqlalchemy" in sys.modules:
            from sqlalchemy.engine import Engine

            stack.callback(recorder.instrument_sqlalchemy(Engine))
        if _django_configured():
            stack.enter_context(recorder.install_django())
        stack.enter_context(recorder.context(item.nodeid, capture))
        yield capture


def _django_configured() -> bool:
    if "django" not in sys.modules:
        return False
    try:
        from django.conf import settings  # type: ignore[import-untyped]

        return bool(settings.configured) and bool(settings.DATABASES)
    except Exception:  # a broken settings module is the project's business, not ours
        return False


def _schema() -> SchemaHints:
    from scrutiny.runtime.schema import SchemaHints, django_schema

    if not _django_configured():
        return SchemaHints()
    try:
        return django_schema()
    except Exception:  # apps not ready: names are then guessed from tables
        return SchemaHints()


def _runtime_registry() -> Registry:
    from scrutiny.registry import Registry
    from scrutiny.rule import Rule

    rules: list[Rule] = []
    for name in RUNTIME_RULE_MODULES:
        try:
            rule = importlib.import_module(name).RULE
        except (ImportError, AttributeError):
            continue  # a rule module not written yet: analysis falls back on its own metadata
        rules.append(rule)
    return Registry.of(rules)


def _project_config(root: Path, problems: list[str]) -> Config:
    """The project's scrutiny configuration (for its per-file-ignores), found from the root; it
    is validated against every rule, as `scrutiny check` would."""
    from scrutiny.config import Config, ConfigError, find_config_file, load_config
    from scrutiny.registry import Registry

    if find_config_file(root.resolve()) is None:
        return Config(root=root)
    try:
        return load_config(root, Registry.load())
    except ConfigError as err:
        problems.append(f"configuration ignored: {err}")
        return Config(root=root)


def _encode(recorder: Recorder) -> dict[str, Any]:
    plans = [
        [database, fingerprint, plan.to_dict()]
        for (database, fingerprint), plan in recorder.plans().items()
        if plan is not None
    ]
    return {"statements": [s.to_dict() for s in recorder.statements()], "plans": plans}


def _decode(payload: dict[str, Any]) -> tuple[list[Statement], dict[tuple[str, str], Plan]]:
    from scrutiny.runtime.explain import Plan
    from scrutiny.runtime.statement import Statement

    statements = [Statement.from_dict(item) for item in payload.get("statements", [])]
    plans = {(str(d), str(f)): Plan.from_dict(p) for d, f, p in payload.get("plans", [])}
    return statements, plans
