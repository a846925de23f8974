"""Score Scrutiny's rules on the labeled corpus in `bench/corpus/`.

Usage:
    .venv/bin/python bench/corpus_score.py [--corpus DIR] [--kind KIND,...] [--workers N]
                                           [--json FILE] [--show-findings]

The corpus is organized by family: `corpus/<family>/`. The taint families (`sql`, `shell`, ...,
`log`) each hold the cases of one taint rule (SEC101-SEC115); the other families (`jwt`,
`passwords`, `secrets`, ...) hold the cases of a group of related rules. A case is one file
`corpus/<family>/<case>.py` or one directory `corpus/<family>/<case>/`. Exactly one of its files
starts with a label line, `# corpus: vulnerable SEC201` or `# corpus: safe SEC201`, naming the rule
the case is about. Every case is checked on its own, in a child process:

    scrutiny check <case> --no-cache --isolated --format json --select <rule> --jobs 1 --exit-zero

(`--select SEC1` for the taint families, whose rules share one engine run). A vulnerable case is
detected (a true positive) when the labeled rule is reported anywhere in the case; a safe case is a
false positive when the labeled rule is reported anywhere in it. Findings of other rules are
ignored (`--show-findings` lists them). The script prints, per family, the number of vulnerable
cases, true positives, recall (TPR), safe cases, false positives, FPR, TPR - FPR and precision
(TP / (TP + FP)), then totals,
then every miss and every false positive. It is a measurement: the exit status is 0 even when
cases are missed; it is 2 only when the corpus is malformed or Scrutiny cannot run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_CORPUS = BENCH_DIR / "corpus"
BIN_DIR = Path(sys.executable).parent  # the venv's bin dir; not resolved, so symlinks stay
LABEL = re.compile(r"#\s*corpus:\s*(vulnerable|safe)\s+((?:SEC|DB|ASY|REL)\d{3})\s*$")
LABEL_PREFIX = re.compile(r"#\s*corpus:")
# The rule each corpus directory is about (a case labeled with another rule is an error).
KIND_RULES = {
    "sql": "SEC101",
    "shell": "SEC102",
    "code": "SEC103",
    "path": "SEC104",
    "ssrf": "SEC105",
    "redirect": "SEC106",
    "deserialization": "SEC107",
    "xxe": "SEC108",
    "ldap": "SEC109",
    "xpath": "SEC110",
    "html": "SEC111",
    "template": "SEC112",
    "session": "SEC113",
    "header": "SEC114",
    "log": "SEC115",
}
RULE_KINDS = {rule: kind for kind, rule in KIND_RULES.items()}
TIMEOUT = 120  # seconds for one case


class CorpusError(Exception):
    """The corpus is malformed (a case without a label, a label for the wrong rule...)."""


@dataclass(frozen=True)
class Case:
    path: Path  # the case file or directory
    kind: str  # the corpus directory it lives in
    rule: str  # the rule the label names
    vulnerable: bool
    files: int  # Python files in the case

    @property
    def name(self) -> str:
        return f"{self.kind}/{self.path.name}"


@dataclass(frozen=True)
class Finding:
    code: str
    path: str
    line: int
    message: str


@dataclass(frozen=True)
class Outcome:
    case: Case
    findings: tuple[Finding, ...] = ()
    error: str | None = None  # Scrutiny failed on the case

    @property
    def flagged(self) -> bool:
        """Whether the case's own rule was reported."""
        return any(f.code == self.case.rule for f in self.findings)


@dataclass
class Row:
    label: str
    vulnerable: int = 0
    true_positives: int = 0
    safe: int = 0
    false_positives: int = 0
    errors: int = 0

    def add(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self.errors += 1
        elif outcome.case.vulnerable:
            self.vulnerable += 1
            self.true_positives += outcome.flagged
        else:
            self.safe += 1
            self.false_positives += outcome.flagged

    @property
    def tpr(self) -> float | None:
        return self.true_positives / self.vulnerable if self.vulnerable else None

    @property
    def fpr(self) -> float | None:
        return self.false_positives / self.safe if self.safe else None

    @property
    def precision(self) -> float | None:
        """TP / (TP + FP): how many of the cases the rule flagged deserved it."""
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else None


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0


# --- the corpus -----------------------------------------------------------------------------


def python_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)


def read_label(path: Path) -> tuple[str, str] | None:
    """(verdict, rule) from the first line of `path`, or None when it has no label line."""
    with path.open(encoding="utf-8") as handle:
        first = handle.readline().rstrip("\n")
    match = LABEL.match(first)
    if match is None:
        if LABEL_PREFIX.match(first):
            raise CorpusError(f"{path}: malformed label line {first!r}")
        return None
    return match.group(1), match.group(2)


def load_case(path: Path, kind: str) -> Case:
    files = python_files(path)
    labels = [(file, label) for file in files if (label := read_label(file)) is not None]
    if len(labels) != 1:
        found = ", ".join(str(file.relative_to(path)) for file, _ in labels) or "none"
        raise CorpusError(f"{path}: expected one labeled file, found {found}")
    verdict, rule = labels[0][1]
    expected = KIND_RULES.get(kind)
    if expected is not None and rule != expected:
        raise CorpusError(f"{labels[0][0]}: labeled {rule}, but {kind}/ holds {expected} cases")
    return Case(path, kind, rule, verdict == "vulnerable", len(files))


def load_corpus(corpus: Path, kinds: Sequence[str]) -> list[Case]:
    cases: list[Case] = []
    for kind_dir in sorted(p for p in corpus.iterdir() if p.is_dir()):
        if kind_dir.name.startswith((".", "_")) or (kinds and kind_dir.name not in kinds):
            continue
        for entry in sorted(kind_dir.iterdir()):
            if entry.name.startswith((".", "_")) or entry.name == "__pycache__":
                continue
            if entry.is_dir() or entry.suffix == ".py":
                cases.append(load_case(entry, kind_dir.name))
    return cases


# --- running Scrutiny -----------------------------------------------------------------------


def scrutiny_command(scrutiny: Path, case: Case) -> list[str]:
    return [
        str(scrutiny),
        "check",
        str(case.path),
        "--no-cache",
        "--isolated",
        "--format",
        "json",
        "--select",
        "SEC1" if case.rule in RULE_KINDS else case.rule,
        "--jobs",
        "1",
        "--exit-zero",
    ]


def run_case(scrutiny: Path, case: Case) -> Outcome:
    command = scrutiny_command(scrutiny, case)
    try:
        proc = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        return Outcome(case, error=f"timed out after {TIMEOUT} s")
    if proc.returncode != 0:
        return Outcome(case, error=f"exit {proc.returncode}: {proc.stderr.strip()[-500:]}")
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError as err:
        return Outcome(case, error=f"unreadable JSON output ({err})")
    if data.get("files_checked") != case.files:
        return Outcome(
            case, error=f"checked {data.get('files_checked')} of {case.files} Python files"
        )
    findings = tuple(
        Finding(
            str(item["code"]),
            str(item["location"]["path"]),
            int(item["location"]["line"]),
            str(item["message"]),
        )
        for item in data.get("findings", [])
    )
    return Outcome(case, findings)


def run_all(scrutiny: Path, cases: Sequence[Case], workers: int) -> Report:
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        outcomes = list(pool.map(lambda case: run_case(scrutiny, case), cases))
    return Report(outcomes, time.perf_counter() - started)


# --- the report -----------------------------------------------------------------------------


def rate(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def youden(row: Row) -> str:
    if row.tpr is None or row.fpr is None:
        return "-"
    return f"{row.tpr - row.fpr:+.2f}"


def rows_by_rule(outcomes: Iterable[Outcome]) -> tuple[list[Row], Row]:
    rows: dict[str, Row] = {}
    total = Row("total")
    for outcome in outcomes:
        rule = outcome.case.rule
        # taint families are one rule each; other families group their rules in one row
        key = rule if rule in RULE_KINDS else outcome.case.kind
        label = f"{rule} {RULE_KINDS[rule]}" if rule in RULE_KINDS else f"{key} family"
        rows.setdefault(key, Row(label)).add(outcome)
        total.add(outcome)
    return [rows[key] for key in sorted(rows, key=lambda k: (not k.startswith("SEC1"), k))], total


def format_table(rows: Sequence[Row], total: Row) -> str:
    header = ("rule / family", "vuln", "TP", "TPR", "safe", "FP", "FPR", "TPR-FPR", "prec")
    lines = [
        (
            row.label,
            str(row.vulnerable),
            str(row.true_positives),
            rate(row.tpr),
            str(row.safe),
            str(row.false_positives),
            rate(row.fpr),
            youden(row),
            rate(row.precision),
        )
        for row in (*rows, total)
    ]
    widths = [max(len(cells[i]) for cells in (header, *lines)) for i in range(len(header))]

    def render(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
        return "  ".join((first, *rest))

    rule_line = "-" * len(render(header))
    return "\n".join(
        (render(header), rule_line, *map(render, lines[:-1]), rule_line, render(lines[-1]))
    )


def display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def format_lists(report: Report, show_findings: bool) -> str:
    misses = [o for o in report.outcomes if o.error is None and o.case.vulnerable and not o.flagged]
    false_positives = [
        o for o in report.outcomes if o.error is None and not o.case.vulnerable and o.flagged
    ]
    errors = [o for o in report.outcomes if o.error is not None]
    out: list[str] = []
    out.append(f"\nMisses (vulnerable, rule not reported): {len(misses)}")
    out.extend(f"  {o.case.rule}  {display(o.case.path)}" for o in misses)
    out.append(f"\nFalse positives (safe, rule reported): {len(false_positives)}")
    for outcome in false_positives:
        out.append(f"  {outcome.case.rule}  {display(outcome.case.path)}")
        for finding in outcome.findings:
            if finding.code == outcome.case.rule:
                out.append(f"      {display(Path(finding.path))}:{finding.line}: {finding.message}")
    if errors:
        out.append(f"\nErrors (not scored): {len(errors)}")
        out.extend(f"  {display(o.case.path)}: {o.error}" for o in errors)
    if show_findings:
        out.append("\nAll findings, by case:")
        for outcome in report.outcomes:
            verdict = "vulnerable" if outcome.case.vulnerable else "safe"
            out.append(f"  {display(outcome.case.path)}  ({verdict} {outcome.case.rule})")
            for finding in outcome.findings:
                location = f"{display(Path(finding.path))}:{finding.line}"
                out.append(f"      {finding.code} {location}: {finding.message}")
    return "\n".join(out)


def write_json(report: Report, target: Path) -> None:
    data = [
        {
            "case": outcome.case.name,
            "path": str(outcome.case.path),
            "rule": outcome.case.rule,
            "vulnerable": outcome.case.vulnerable,
            "flagged": outcome.flagged,
            "error": outcome.error,
            "findings": [
                {"code": f.code, "path": f.path, "line": f.line, "message": f.message}
                for f in outcome.findings
            ],
        }
        for outcome in report.outcomes
    ]
    target.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


# --- command line ---------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus directory")
    parser.add_argument(
        "--kind", default="", help="only these corpus directories (comma-separated: sql,path)"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=max(2, os.cpu_count() or 1),
        help="cases checked at the same time (default: the core count, at least 2)",
    )
    parser.add_argument("--scrutiny", type=Path, default=BIN_DIR / "scrutiny")
    parser.add_argument("--json", type=Path, help="also write per-case results to this file")
    parser.add_argument(
        "--show-findings", action="store_true", help="list every finding of every case"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    kinds = [k for k in args.kind.split(",") if k]
    try:
        cases = load_corpus(args.corpus, kinds)
    except CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if not cases:
        print(f"error: no cases under {args.corpus}", file=sys.stderr)
        return 2
    if not args.scrutiny.exists():
        print(f"error: {args.scrutiny} not found (pip install -e . first)", file=sys.stderr)
        return 2
    print(f"checking {len(cases)} cases with {args.workers} workers...", file=sys.stderr)
    report = run_all(args.scrutiny, cases, max(1, args.workers))
    rows, total = rows_by_rule(report.outcomes)
    print(format_table(rows, total))
    print(format_lists(report, args.show_findings))
    print(f"\n{len(cases)} cases in {report.seconds:.1f} s", file=sys.stderr)
    if args.json is not None:
        write_json(report, args.json)
    if total.errors == len(report.outcomes):
        return 2  # Scrutiny never ran: nothing was measured
    return 0


if __name__ == "__main__":
    sys.exit(main())
