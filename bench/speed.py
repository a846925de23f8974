"""Time Scrutiny against Bandit and Ruff on a large real code base, and check its speed targets.

Usage:
    .venv/bin/python bench/speed.py [--runs N] [--target PATH] [--jobs N] [--tools NAME,...]

The default target is the installed Django package (about 900 files, 160,000 lines). Every tool
runs from the same environment as the Python running this script, as a child process, once in
each of `--runs` rounds (the tools interleaved, so that a drift of the machine's speed weighs on
all alike); the table shows median wall times and peak memory. The target is first copied to a
temporary directory, so that no tool skips it for living in a virtualenv or a git-ignored directory.
Exit status: 0 if every target is met, 1 if one is missed, 2 if a tool could not run.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.metadata
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

BIN_DIR = Path(sys.executable).parent  # the venv's bin dir; not resolved, so symlinks stay
MB = 1024 * 1024
SAMPLE_INTERVAL = 0.1  # seconds between two reads of the process tree's memory
TOOLS = ("scrutiny-cold", "scrutiny-warm", "bandit", "ruff")
LABELS = {
    "scrutiny-cold": "scrutiny (cold)",
    "scrutiny-warm": "scrutiny (warm)",
    "bandit": "bandit -r",
    "ruff": "ruff --select S",
}
DISTRIBUTIONS = {"scrutiny": "scrutiny", "bandit": "bandit", "ruff": "ruff"}


class ToolFailed(Exception):
    def __init__(self, command: Sequence[str], returncode: int, stderr: str) -> None:
        super().__init__(f"{command[0]} exited with {returncode}")
        self.command = command
        self.returncode = returncode
        self.stderr = stderr


@dataclass(frozen=True)
class Sample:
    wall: float  # seconds
    cpu: float  # seconds, user + system of the process and its waited-for descendants
    max_rss: int  # bytes, the largest single process of the tree (from wait4)
    tree_rss: int | None  # bytes, the largest sampled sum over the tree; None off Linux


@dataclass
class Result:
    tool: str
    samples: list[Sample] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(sample.wall for sample in self.samples)

    @property
    def cpu_median(self) -> float:
        return statistics.median(sample.cpu for sample in self.samples)

    @property
    def fastest(self) -> float:
        return min(sample.wall for sample in self.samples)

    @property
    def slowest(self) -> float:
        return max(sample.wall for sample in self.samples)

    @property
    def max_rss(self) -> int:
        return max(sample.max_rss for sample in self.samples)

    @property
    def tree_rss(self) -> int | None:
        sampled = [sample.tree_rss for sample in self.samples if sample.tree_rss is not None]
        return max(sampled) if sampled else None


@dataclass(frozen=True)
class Goal:
    name: str
    value: float
    limit: float | None  # None: reported, not judged
    unit: str = ""
    spec: str = ",.3f"

    @property
    def passed(self) -> bool | None:
        return None if self.limit is None else self.value <= self.limit


# -- Measuring one process -------------------------------------------------------------------


def _ru_maxrss_bytes(ru_maxrss: int) -> int:
    return ru_maxrss if sys.platform == "darwin" else ru_maxrss * 1024


class _TreeMemory(threading.Thread):
    """Samples the summed resident memory of a process and all its descendants (Linux only)."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peak = 0
        self._stop_event = threading.Event()
        self._page_size = os.sysconf("SC_PAGE_SIZE")

    @staticmethod
    def available() -> bool:
        return Path("/proc/self/statm").exists()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.peak = max(self.peak, self._tree_rss())
            self._stop_event.wait(SAMPLE_INTERVAL)

    def stop(self) -> int:
        self._stop_event.set()
        self.join()
        return self.peak

    def _tree_rss(self) -> int:
        children: dict[int, list[int]] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            # The command name may contain spaces and parentheses: the ppid follows the last ')'.
            ppid = int(stat.rpartition(")")[2].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
        total, stack = 0, [self.root]
        while stack:
            pid = stack.pop()
            stack.extend(children.get(pid, ()))
            try:
                total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * self._page_size
            except (OSError, IndexError, ValueError):
                continue
        return total


def measure(command: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> Sample:
    """Run `command` once, its output discarded; raise ToolFailed unless it exits 0 or 1."""
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=stderr, env=env
        )
        sampler = _TreeMemory(process.pid) if _TreeMemory.available() else None
        if sampler is not None:
            sampler.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        except BaseException:
            process.kill()
            process.wait()
            raise
        finally:
            tree_rss = sampler.stop() if sampler is not None else None
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode not in (0, 1):  # 1: findings (bandit); anything else: an error
            stderr.seek(0)
            message = stderr.read().decode(errors="replace")
            raise ToolFailed(command, process.returncode, message)
    return Sample(
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        max_rss=_ru_maxrss_bytes(usage.ru_maxrss),
        tree_rss=tree_rss,
    )


# -- The four measurements -------------------------------------------------------------------


def _tool(name: str) -> str:
    return str(BIN_DIR / name)


def _scrutiny_command(target: Path, jobs: int | None) -> list[str]:
    command = [_tool("scrutiny"), "check", str(target), "--exit-zero", "--format", "concise"]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    return command


def _with_cache_dir(cache_dir: str) -> dict[str, str]:
    return {**os.environ, "SCRUTINY_CACHE_DIR": cache_dir}


def _interleaved(runners: dict[str, Callable[[], Sample]], runs: int) -> dict[str, Result]:
    """Every tool once per round, `runs` rounds: a drift in the machine's speed (a neighbour, a
    throttled CPU) then weighs on every tool alike instead of on whichever ran last."""
    results = {tool: Result(tool) for tool in runners}
    for run in range(1, runs + 1):
        for tool, once in runners.items():
            sample = once()
            results[tool].samples.append(sample)
            print(
                f"  {LABELS[tool]:<17} run {run}/{runs}: {sample.wall:8.2f} s wall "
                f"{sample.cpu:8.2f} s CPU",
                file=sys.stderr,
            )
    return results


def scrutiny_files_checked(target: Path, jobs: int | None) -> int | None:
    """One untimed run, to make sure Scrutiny really analyzes the target instead of skipping it."""
    command = _scrutiny_command(target, jobs)
    command[command.index("concise")] = "json"
    completed = subprocess.run(
        [*command, "--no-cache"], cwd=target.parent, capture_output=True, text=True
    )
    if completed.returncode not in (0, 1):
        raise ToolFailed(command, completed.returncode, completed.stderr)
    try:
        checked = json.loads(completed.stdout)["files_checked"]
    except (ValueError, KeyError, TypeError):
        return None
    return checked if isinstance(checked, int) else None


def scrutiny_cold(target: Path, jobs: int | None) -> Callable[[], Sample]:
    def once() -> Sample:
        with tempfile.TemporaryDirectory(prefix="scrutiny-cold-") as cache_dir:
            return measure(
                _scrutiny_command(target, jobs), target.parent, _with_cache_dir(cache_dir)
            )

    return once


def scrutiny_warm(target: Path, jobs: int | None, cache_dir: str) -> Callable[[], Sample]:
    command, env = _scrutiny_command(target, jobs), _with_cache_dir(cache_dir)
    measure(command, target.parent, env)  # populate the cache; not timed
    return lambda: measure(command, target.parent, env)


def bandit_runs(target: Path) -> Callable[[], Sample]:
    command = [_tool("bandit"), "-r", str(target), "-q", "-f", "json"]
    return lambda: measure(command, target.parent)


def ruff_runs(target: Path) -> Callable[[], Sample]:
    command = [_tool("ruff"), "check", "--select", "S", "--no-cache", "--exit-zero", str(target)]
    return lambda: measure(command, target.parent)


def compile_scrutiny() -> None:
    """Scrutiny's own bytecode, written now: an installed tool has it (pip compiles it, as it
    did Bandit's), but an editable install run with PYTHONDONTWRITEBYTECODE would compile every
    module of Scrutiny again in every timed run."""
    spec = importlib.util.find_spec("scrutiny")
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        compileall.compile_dir(location, quiet=1)


# -- Target and report -----------------------------------------------------------------------


def default_target() -> Path | None:
    spec = importlib.util.find_spec("django")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def copy_target(target: Path, workdir: Path) -> Path:
    copy = workdir / target.name
    if target.is_file():
        shutil.copy2(target, copy)
    else:
        shutil.copytree(target, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return copy


def python_files(target: Path) -> list[Path]:
    if target.is_file():
        return [target]
    return sorted(path for path in target.rglob("*.py") if path.is_file())


def count_lines(files: Sequence[Path]) -> int:
    """Also brings every file into the OS page cache, so the first timed run is not penalised."""
    return sum(path.read_bytes().count(b"\n") for path in files)


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _mb(size: int | None) -> str:
    return "-" if size is None else f"{size / MB:,.0f} MB"


def goals(results: dict[str, Result]) -> list[Goal]:
    cold, warm = results.get("scrutiny-cold"), results.get("scrutiny-warm")
    bandit, ruff = results.get("bandit"), results.get("ruff")
    found: list[Goal] = []
    if cold and bandit:
        found.append(Goal("scrutiny cold / bandit", cold.median / bandit.median, 0.5))
        found.append(
            Goal("scrutiny cold / bandit (CPU)", cold.cpu_median / bandit.cpu_median, None)
        )
    if cold and warm:
        found.append(Goal("scrutiny warm / scrutiny cold", warm.median / cold.median, 0.10))
    if cold and ruff:
        found.append(Goal("ruff / scrutiny cold", ruff.median / cold.median, None))
    if cold:
        # Workers run at the same time, so the sum over the process tree is what a machine needs.
        peak, name = cold.tree_rss, "scrutiny cold peak RSS (tree)"
        if peak is None:
            peak, name = cold.max_rss, "scrutiny cold peak RSS"
        found.append(Goal(name, peak / MB, 500, " MB", ",.0f"))
    return found


def report(results: dict[str, Result], lines: int) -> list[Goal]:
    header = (
        f"{'tool':<17} {'median':>9} {'min':>9} {'max':>9} {'CPU':>9} {'lines/s':>10} "
        f"{'peak RSS':>10} {'tree RSS':>10}"
    )
    print(header)
    print("-" * len(header))
    for tool in TOOLS:
        if tool not in results:
            continue
        result = results[tool]
        print(
            f"{LABELS[tool]:<17} {result.median:>7.2f} s {result.fastest:>7.2f} s "
            f"{result.slowest:>7.2f} s {result.cpu_median:>7.2f} s {lines / result.median:>10,.0f} "
            f"{_mb(result.max_rss):>10} {_mb(result.tree_rss):>10}"
        )
    found = goals(results)
    if found:
        print()
        for goal in found:
            value = f"{goal.value:{goal.spec}}{goal.unit}"
            if goal.limit is None:
                verdict = "(no target)"
            else:
                limit = f"{goal.limit:g}{goal.unit}"
                verdict = f"target <= {limit:<8} {'PASS' if goal.passed else 'FAIL'}"
            print(f"{goal.name:<30} {value:>10}   {verdict}")
    return found


# -- Command line ----------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per tool (default: 5)")
    parser.add_argument(
        "--target", type=Path, help="code to analyze (default: the installed Django package)"
    )
    parser.add_argument("--jobs", type=int, help="passed to `scrutiny check --jobs`")
    parser.add_argument(
        "--tools",
        default=",".join(TOOLS),
        help=f"comma-separated subset of {', '.join(TOOLS)} (default: all)",
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    args.tools = [name.strip() for name in args.tools.split(",") if name.strip()]
    unknown = sorted(set(args.tools) - set(TOOLS))
    if unknown:
        parser.error(f"unknown tool(s): {', '.join(unknown)}; choose from {', '.join(TOOLS)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    target: Path | None = args.target or default_target()
    if target is None:
        print(
            "Django is not installed in this environment, and it is the default target.\n"
            f"Install it with `{BIN_DIR / 'pip'} install django` (a dev/bench dependency),\n"
            "or pass --target PATH to measure another code base.",
            file=sys.stderr,
        )
        return 2
    if not target.exists():
        print(f"Target {target} does not exist.", file=sys.stderr)
        return 2
    executables = {name.split("-")[0] for name in args.tools}
    missing = sorted(name for name in executables if not (BIN_DIR / name).exists())
    if missing:
        print(
            f"Not found in {BIN_DIR}: {', '.join(missing)}. Install them into this environment "
            f"(`{BIN_DIR / 'pip'} install -e '.[dev]'` installs all three).",
            file=sys.stderr,
        )
        return 2

    with tempfile.TemporaryDirectory(prefix="scrutiny-bench-") as workdir:
        copy = copy_target(target, Path(workdir))
        try:
            return run(args, target, copy, sorted(executables))
        except ToolFailed as failure:
            print(f"\n{' '.join(failure.command)}", file=sys.stderr)
            print(f"failed with exit code {failure.returncode}:", file=sys.stderr)
            print(failure.stderr.rstrip() or "(no output on stderr)", file=sys.stderr)
            return 2


def run(args: argparse.Namespace, original: Path, target: Path, executables: list[str]) -> int:
    files = python_files(target)
    lines = count_lines(files)
    versions = ", ".join(f"{name} {_version(DISTRIBUTIONS[name])}" for name in executables)
    print(f"Target:  {original} (measured on a copy in {target.parent})")
    print(f"Size:    {len(files):,} Python files, {lines:,} lines")
    print(f"Tools:   {versions}")
    print(
        f"Machine: {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {platform.system()} {platform.machine()}; "
        f"{args.runs} timed run(s) per tool",
        flush=True,
    )
    if "scrutiny" in executables:
        compile_scrutiny()
        checked = scrutiny_files_checked(target, args.jobs)
        if checked == 0 and files:
            print(
                f"scrutiny checked 0 of the {len(files)} Python files under {target}: "
                "is the target excluded by Scrutiny's configuration?",
                file=sys.stderr,
            )
            return 2
        if checked is not None and checked != len(files):
            print(f"Note: scrutiny checked {checked} of {len(files)} Python files.")

    with tempfile.TemporaryDirectory(prefix="scrutiny-warm-") as warm_cache:
        makers: dict[str, Callable[[], Callable[[], Sample]]] = {
            "scrutiny-cold": lambda: scrutiny_cold(target, args.jobs),
            "scrutiny-warm": lambda: scrutiny_warm(target, args.jobs, warm_cache),
            "bandit": lambda: bandit_runs(target),
            "ruff": lambda: ruff_runs(target),
        }
        runners = {tool: makers[tool]() for tool in TOOLS if tool in args.tools}
        results = _interleaved(runners, args.runs)
    print()
    found = report(results, lines)
    return 1 if any(goal.passed is False for goal in found) else 0


if __name__ == "__main__":
    if not hasattr(os, "wait4"):
        print("This benchmark needs a POSIX system: it measures with os.wait4.", file=sys.stderr)
        sys.exit(2)
    sys.exit(main())
