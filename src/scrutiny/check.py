"""The pipeline: files -> parse (parallel, cached) -> project index -> rules -> filters -> findings.

`check()` is the whole engine behind every interface (CLI, MCP, editor). It takes its config and
registry explicitly and returns a `Report`; it prints nothing and never exits.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from scrutiny.analyze import FileJob, FileResult, RawRun, analyze_file
from scrutiny.baseline import BaselineEntry, apply_baseline, load_baseline
from scrutiny.cache import Cache, decode_result, encode_result, tool_signature
from scrutiny.config import Config
from scrutiny.context import ProjectReporter, make_finding
from scrutiny.diff import changed_lines, is_changed
from scrutiny.discovery import Discovery, discover, display_path
from scrutiny.finding import Finding, Location
from scrutiny.registry import Registry
from scrutiny.selection import Selection
from scrutiny.semantic.modules import module_name
from scrutiny.semantic.project import ProjectIndex, Site
from scrutiny.suppress import Suppression
from scrutiny.taint import FACTS_KEY as TAINT_FACTS
from scrutiny.taint import TemplateIndex, taint_findings

BLANKET_SUPPRESSION = "SCR004"
UNUSED_SUPPRESSION = "SCR005"
CHUNK = 24

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CheckOptions:
    jobs: int | None = None
    cache_dir: Path | None = None  # None: no cache
    force_exclude: bool = False
    diff_base: str | None = None
    use_baseline: bool = True


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    files_checked: int = 0
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    fixed_baseline: list[BaselineEntry] = field(default_factory=list)
    cache_hits: int = 0


def check(
    paths: Sequence[Path],
    config: Config,
    registry: Registry,
    options: CheckOptions = CheckOptions(),
    progress: Progress | None = None,
) -> Report:
    report = Report()
    cache = Cache(options.cache_dir, tool_signature()) if options.cache_dir is not None else None
    discovery = _discover(paths, config, options, cache)
    report.warnings.extend(discovery.warnings)
    selection = Selection.build(config, registry)
    package_dirs = frozenset(discovery.package_dirs)
    jobs = []
    for source in discovery.files:
        module, is_package = module_name(source.display, package_dirs)
        jobs.append(
            FileJob(
                source.path, source.display, module, is_package, selection.roles_for(source.display)
            )
        )
    templates = [t.path for t in discovery.templates]
    engine = _Engine(config.root, registry, cache, options.jobs, progress, report, templates)
    with _per_file_gc():
        raw = engine.raw_run(jobs)
    report.files_checked = raw.files_checked
    report.errors.extend(raw.errors)
    findings = _suppress(raw.findings, raw.suppressions, selection, registry)
    findings = _select(findings, selection, registry, config, {j.display: j.roles for j in jobs})
    if options.diff_base is not None:
        changed = changed_lines(config.root, options.diff_base)
        findings = [
            f
            for f in findings
            if is_changed(changed, f.path, f.line, f.location.end_line or f.line)
        ]
    if options.use_baseline and config.baseline is not None:
        findings, report.fixed_baseline = apply_baseline(findings, load_baseline(config.baseline))
    report.findings = sorted(findings, key=Finding.sort_key)
    return report


def _discover(
    paths: Sequence[Path], config: Config, options: CheckOptions, cache: Cache | None
) -> Discovery:
    absolute = [os.path.abspath(p) for p in paths]
    key = (
        cache.discovery_key(absolute, str(config.root), config.excludes, options.force_exclude)
        if cache is not None
        else ""
    )
    found = cache.load_discovery(key) if cache is not None else None
    if found is None:
        found = discover(list(paths), config.root, config.excludes, options.force_exclude)
        if cache is not None:
            cache.store_discovery(key, found)
    return found


@dataclass
class _Engine:
    """What the analysis of one run needs, in one place."""

    root: Path
    registry: Registry
    cache: Cache | None
    workers: int | None
    progress: Progress | None
    report: Report
    templates: list[str]  # template files (absolute), read by the project phase

    def raw_run(self, jobs: list[FileJob]) -> RawRun:
        """Every finding of every rule, from the run cache when no file changed."""
        run_key = self.cache.run_key(jobs, self.templates) if self.cache is not None else None
        if self.cache is not None and run_key is not None:
            cached = self.cache.load_run(run_key)
            if cached is not None:
                self.report.cache_hits = cached.files_checked
                self._progress(len(jobs), len(jobs))
                return cached
        results = self.analyze_all(jobs)
        findings = [f for result in results for f in result.findings]
        errors = [e for result in results for e in result.errors]
        templates = _read_templates(self.templates, self.root, errors)
        findings.extend(_run_project_rules(results, self.registry, errors, templates))
        suppressions = {r.display: r.suppressions for r in results}
        raw = RawRun(findings, suppressions, len(results), errors)
        if self.cache is not None and run_key is not None and not errors:
            self.cache.store_run(run_key, raw)
        return raw

    def analyze_all(self, jobs: list[FileJob]) -> list[FileResult]:
        """Per-file results in job order: from the pack when a file's content is unchanged."""
        cache = self.cache
        pack = cache.load_pack(self.root) if cache is not None else {}
        results: dict[int, FileResult] = {}
        encoded: dict[int, bytes] = {}  # the pickled results, for the pack
        keys: dict[int, str] = {}
        missing: list[int] = []
        for position, job in enumerate(jobs):
            if cache is not None:
                try:
                    with open(job.path, "rb") as handle:
                        keys[position] = cache.file_key(job, handle.read())
                except OSError:
                    missing.append(position)
                    continue
                data = pack.get(keys[position])
                hit = decode_result(data) if data is not None else None
                if hit is not None and data is not None:
                    results[position], encoded[position] = hit, data
                    continue
            missing.append(position)
        self.report.cache_hits = len(results)
        self._progress(len(results), len(jobs))
        for position, result, data in _run(missing, jobs, self.registry, self.workers):
            results[position] = result
            if cache is not None and not result.errors:
                encoded[position] = data if data is not None else encode_result(result)
            self._progress(len(results), len(jobs))
        if cache is not None and missing:
            cache.store_pack(self.root, {keys[p]: encoded[p] for p in keys if p in encoded}, pack)
        return [results[position] for position in range(len(jobs))]

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)


@contextmanager
def _per_file_gc() -> Iterator[None]:
    """Automatic cyclic garbage collection paused for the run, and done once per file instead.

    A file's analysis allocates millions of short-lived objects, and the results of the files
    already done (or unpickled from the workers) pile up: the collector's default thresholds
    would scan that growing heap again and again. `_analyze` (and in a worker `_analyze_chunk`)
    collects the young generation after each file (one scan of that file's objects) instead.
    The collector's state is restored.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _analyze(job: FileJob, registry: Registry) -> FileResult:
    result = analyze_file(job, registry)
    if not gc.isenabled():
        gc.collect(0)  # this file's cyclic garbage; the result survives into generation 1
    return result


def _init_worker() -> None:
    gc.disable()  # see _per_file_gc; a worker only ever runs `_analyze_chunk`


def _run(
    positions: list[int], jobs: list[FileJob], registry: Registry, workers: int | None
) -> Iterable[tuple[int, FileResult, bytes | None]]:
    """Each file's result, and when it came from a worker, the result pickled (for the pack)."""
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or len(positions) < 2 * CHUNK:
        for position in positions:
            yield position, _analyze(jobs[position], registry), None
        return
    from concurrent.futures import ProcessPoolExecutor  # only cold runs pay for the import

    chunks = [positions[i : i + CHUNK] for i in range(0, len(positions), CHUNK)]
    with ProcessPoolExecutor(max_workers=count, initializer=_init_worker) as pool:
        futures = [
            pool.submit(_analyze_chunk, [jobs[p] for p in chunk], registry) for chunk in chunks
        ]
        for chunk, future in zip(chunks, futures, strict=True):
            for position, data in zip(chunk, future.result(), strict=True):
                yield position, _decode(data), data


def _analyze_chunk(jobs: list[FileJob], registry: Registry) -> list[bytes]:
    """In a worker: the chunk's results, pickled one by one (see `encode_result`).

    Each result is pickled before the file's collection, so the collector only scans that file's
    cyclic garbage, not the result's objects (which then die by reference counting).
    """
    results = []
    for job in jobs:
        results.append(encode_result(analyze_file(job, registry)))
        gc.collect(0)
    gc.collect(1)  # what died after surviving a per-file collection (nothing, usually)
    return results


def _decode(data: bytes) -> FileResult:
    result = decode_result(data)
    if result is None:  # pragma: no cover - a worker's own pickle always loads
        raise RuntimeError("a worker returned an unreadable result")
    return result


def _read_templates(paths: list[str], root: Path, errors: list[str]) -> TemplateIndex:
    """The template files, as text (undecodable bytes replaced: templates are only scanned)."""
    texts: dict[str, str] = {}
    for path in paths:
        display = display_path(path, root)
        try:
            with open(path, "rb") as handle:
                texts[display] = handle.read().decode("utf-8", errors="replace")
        except OSError as err:
            errors.append(f"{display}: cannot read template: {err.strerror}")
    return TemplateIndex(texts)


def _run_project_rules(
    results: list[FileResult],
    registry: Registry,
    errors: list[str],
    templates: TemplateIndex | None = None,
) -> list[Finding]:
    """Every project rule, selected or not: the raw run must not depend on the configuration."""
    index = ProjectIndex.build(
        (r.summary for r in results if r.summary is not None),
        templates.texts if templates is not None else None,
    )
    findings: list[Finding] = []
    for rule in registry:
        if rule.finish is None:
            continue
        facts = {r.display: r.facts[rule.code] for r in results if rule.code in r.facts}
        reporter = ProjectReporter(rule)
        try:
            rule.finish(index, facts, reporter)
        except Exception as err:  # a crashing rule must not take the run down with it
            errors.append(f"internal error in rule {rule.code} ({rule.name}): {err!r}")
            continue
        findings.extend(reporter.findings)
    modules = [r.facts[TAINT_FACTS] for r in results if TAINT_FACTS in r.facts]
    try:
        findings.extend(taint_findings(index, modules, registry, templates))
    except Exception as err:  # the taint engine must not take the run down either
        errors.append(f"internal error in the taint engine: {err!r}")
    return findings


def _select(
    findings: list[Finding],
    selection: Selection,
    registry: Registry,
    config: Config,
    roles: dict[str, frozenset[str]],
) -> list[Finding]:
    kept = []
    for finding in findings:
        if finding.code not in selection.enabled_for(finding.path):
            continue
        if finding.confidence < config.min_confidence:
            continue
        rule = registry.get(finding.code)
        if rule is not None and rule.quiet_in & roles.get(finding.path, frozenset()):
            continue
        kept.append(finding)
    return kept


def _suppress(
    findings: list[Finding],
    by_path: dict[str, tuple[Suppression, ...]],
    selection: Selection,
    registry: Registry,
) -> list[Finding]:
    used: set[tuple[str, int, str]] = set()
    kept: list[Finding] = []
    for finding in findings:
        suppressor = _matching(finding, by_path.get(finding.path, ()))
        if suppressor is None:
            kept.append(finding)
        else:
            used.add((finding.path, suppressor[0].line, suppressor[1]))
    kept.extend(_suppression_findings(by_path, used, selection, registry))
    return kept


def _matching(
    finding: Finding, suppressions: tuple[Suppression, ...]
) -> tuple[Suppression, str] | None:
    for suppression in suppressions:
        if not suppression.applies_to(finding.line):
            continue
        for code in suppression.codes:
            if code in (finding.code, finding.name):
                return suppression, code
    return None


def _suppression_findings(
    by_path: dict[str, tuple[Suppression, ...]],
    used: set[tuple[str, int, str]],
    selection: Selection,
    registry: Registry,
) -> list[Finding]:
    found: list[Finding] = []
    blanket = registry.get(BLANKET_SUPPRESSION)
    unused = registry.get(UNUSED_SUPPRESSION)
    for path, suppressions in sorted(by_path.items()):
        enabled = selection.enabled_for(path)
        for suppression in suppressions:
            site = Site(Location(path, suppression.line, suppression.column), "", "")
            if not suppression.codes:
                if blanket is not None and blanket.code in enabled:
                    found.append(
                        make_finding(
                            blanket,
                            site,
                            "`# scrutiny: ignore` without a rule code suppresses nothing; "
                            "name the rule: `# scrutiny: ignore[CODE] -- reason`",
                        )
                    )
                continue
            if unused is None or unused.code not in enabled:
                continue
            for code in suppression.codes:
                rule = registry.get(code)
                if rule is None:
                    message = f"suppression names an unknown rule {code!r}"
                elif (
                    rule.runtime
                    or rule.code not in enabled
                    or (path, suppression.line, code) in used
                ):
                    continue
                else:
                    message = f"suppression of {rule.code} ({rule.name}) suppresses nothing"
                found.append(make_finding(unused, site, message))
    return found
