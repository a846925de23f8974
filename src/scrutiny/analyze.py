"""One file, start to finish: read, decode, parse once, model, run the node rules, collect facts.

Runs in worker processes, so everything it returns is picklable and nothing here touches the
project as a whole. Problems with the file itself (undecodable, binary, too deeply nested, does not
parse) become `SCR` findings; a rule that crashes becomes an internal error, and the run goes on.
"""

from __future__ import annotations

import ast
import io
import os
import sys
import tokenize
import traceback
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from scrutiny.context import FileContext, RuleContext, make_finding
from scrutiny.finding import Finding, Location
from scrutiny.registry import Registry
from scrutiny.rule import NodeCheck, Rule
from scrutiny.semantic.model import SemanticModel
from scrutiny.semantic.project import ModuleSummary, Site, summarize
from scrutiny.suppress import Suppression, find_suppressions
from scrutiny.taint import FACTS_KEY as TAINT_FACTS
from scrutiny.taint import summarize_file

MAX_FILE_BYTES = 8 * 1024 * 1024
PARSE_ERRORS = "SCR001"
UNDECODABLE = "SCR002"
TOO_COMPLEX = "SCR003"
UNREADABLE = "SCR006"


@dataclass(frozen=True)
class FileJob:
    path: str  # absolute
    display: str
    module: str
    is_package: bool
    roles: frozenset[str]


@dataclass
class FileResult:
    display: str
    findings: list[Finding] = field(default_factory=list)
    summary: ModuleSummary | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    suppressions: tuple[Suppression, ...] = ()
    errors: list[str] = field(default_factory=list)


@dataclass
class RawRun:
    """Everything a run found before selection, suppression, diff and baseline filtering."""

    findings: list[Finding]
    suppressions: dict[str, tuple[Suppression, ...]]
    files_checked: int
    errors: list[str]


def analyze_file(job: FileJob, registry: Registry) -> FileResult:
    result = FileResult(job.display)
    text = _read(job, registry, result)
    if text is None:
        return result
    tree = _parse(job, text, registry, result)
    result.suppressions = find_suppressions(text, tree)
    if tree is None:
        return result
    lines = text.splitlines()
    try:
        model = SemanticModel.build(tree, job.module, job.is_package)
        context = FileContext(job.display, job.roles, lines, model)
        _run_node_rules(context, registry, result)
        _collect_facts(context, registry, result)
        result.summary = summarize(model, job.display, lines)
    except RecursionError:
        _engine_finding(
            result,
            registry,
            TOO_COMPLEX,
            Location(job.display, 1),
            "code is nested too deeply to analyze; the rest of this file was skipped",
        )
    return result


def _read(job: FileJob, registry: Registry, result: FileResult) -> str | None:
    here = Location(job.display, 1)
    try:
        size = os.stat(job.path).st_size
        if size > MAX_FILE_BYTES:
            _engine_finding(
                result,
                registry,
                TOO_COMPLEX,
                here,
                f"file is {size >> 20} MiB, over the {MAX_FILE_BYTES >> 20} MiB "
                "limit; not analyzed",
            )
            return None
        with open(job.path, "rb") as handle:
            data = handle.read()
    except OSError as err:
        _engine_finding(
            result, registry, UNREADABLE, here, f"cannot read file: {err.strerror or err}"
        )
        return None
    if b"\x00" in data:
        _engine_finding(
            result,
            registry,
            UNDECODABLE,
            here,
            "file contains NUL bytes: binary, not Python source",
        )
        return None
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError) as err:
        _engine_finding(result, registry, UNDECODABLE, here, f"cannot decode file: {err}")
        return None


def _parse(job: FileJob, text: str, registry: Registry, result: FileResult) -> ast.Module | None:
    try:
        return ast.parse(text, filename=job.display, type_comments=False)
    except SyntaxError as err:
        line = err.lineno or 1
        column = max((err.offset or 1) - 1, 0)
        lines = text.splitlines()
        site = Site(
            Location(job.display, line, column),
            "",
            lines[line - 1] if 0 < line <= len(lines) else "",
        )
        result.findings.append(
            make_finding(_rule(registry, PARSE_ERRORS), site, f"file does not parse: {err.msg}")
        )
    except (RecursionError, MemoryError):
        _engine_finding(
            result,
            registry,
            TOO_COMPLEX,
            Location(job.display, 1),
            "code is nested too deeply for Python's parser; not analyzed",
        )
    except ValueError as err:
        _engine_finding(result, registry, UNDECODABLE, Location(job.display, 1), str(err))
    return None


def _run_node_rules(context: FileContext, registry: Registry, result: FileResult) -> None:
    dispatch: dict[type[ast.AST], list[tuple[NodeCheck, RuleContext, Rule]]] = defaultdict(list)
    contexts: list[RuleContext] = []
    for rule in registry:
        if rule.check is None:
            continue
        rule_context = RuleContext(rule, context)
        contexts.append(rule_context)
        for node_type in rule.visits:
            dispatch[node_type].append((rule.check, rule_context, rule))
    if not dispatch:
        return
    get = dispatch.get
    for node in context.semantic.nodes:
        handlers = get(type(node))
        if handlers is None:
            continue
        for check, rule_context, rule in handlers:
            try:
                check(node, rule_context)
            except RecursionError:
                raise
            except Exception:
                result.errors.append(_crash(rule, context.path, node))
                for node_type, entries in dispatch.items():  # the rule is not run again
                    dispatch[node_type] = [entry for entry in entries if entry[2] is not rule]
    for rule_context in contexts:
        result.findings.extend(rule_context.findings)


def _collect_facts(context: FileContext, registry: Registry, result: FileResult) -> None:
    if any(rule.taint is not None for rule in registry):
        try:
            summaries = summarize_file(context)
        except RecursionError:
            raise
        except Exception:
            result.errors.append(
                f"internal error in the taint engine at {context.path}:\n"
                + "".join(traceback.format_exception(*sys.exc_info())[-3:]).strip()
            )
        else:
            if summaries.functions or summaries.routes or summaries.instances:
                result.facts[TAINT_FACTS] = summaries
    for rule in registry:
        if rule.collect is None:
            continue
        try:
            facts = rule.collect(context)
        except RecursionError:
            raise
        except Exception:
            result.errors.append(_crash(rule, context.path, None))
            continue
        if facts:
            result.facts[rule.code] = facts


def _crash(rule: Rule, path: str, node: ast.AST | None) -> str:
    where = f"{path}:{getattr(node, 'lineno', 1)}" if node is not None else path
    detail = "".join(traceback.format_exception(*sys.exc_info())[-3:]).strip()
    return f"internal error in rule {rule.code} ({rule.name}) at {where}:\n{detail}"


def _rule(registry: Registry, code: str) -> Rule:
    rule = registry.get(code)
    if rule is None:  # pragma: no cover - the engine rules ship with the package
        raise LookupError(f"engine rule {code} is missing from the registry")
    return rule


def _engine_finding(
    result: FileResult, registry: Registry, code: str, location: Location, message: str
) -> None:
    result.findings.append(make_finding(_rule(registry, code), Site(location, "", ""), message))
