"""# Blocking file I/O inside `async def`

## What it does
Finds synchronous file system work done from an `async def`, directly or through synchronous
helpers in other files: `open()` (and the reads and writes on the file it returns, such as
`json.load(f)`), `pathlib.Path.read_text()` / `read_bytes()` / `write_text()` / `write_bytes()` /
`open()`, `shutil.copy*()` / `move()` / `rmtree()`, and, with low severity, directory listings
(`os.listdir()`, `os.walk()`, `os.scandir()`, `glob.glob()`). Awaited calls (`aiofiles`,
`anyio.open_file`, `anyio.Path`), work handed to `asyncio.to_thread` or `run_in_threadpool`,
helpers cached with `functools.lru_cache`, and reads at import time are not reported.

## Why it matters
Disk and network file systems block the thread that calls them; inside a coroutine that thread is
the event loop's, so every other request of the worker waits until the read or copy ends. A
config file on a local SSD costs little, but an uploaded file written to NFS, a report generated
into a shared volume or an `rmtree` of a large directory stalls the loop for tens or hundreds of
milliseconds, and latency spikes for every user at once.

## Example
```python
# reports/storage.py
def save_report(name, data):
    with open(REPORT_DIR / name, "wb") as handle:
        handle.write(data)

# reports/views.py
async def export(request):
    data = await build_report(request.user)
    save_report("latest.pdf", data)            # blocks the event loop
    template = Path(TEMPLATES / "mail.txt").read_text()   # blocks too
    ...
```

## Use instead
```python
import aiofiles
import anyio

async def export(request):
    data = await build_report(request.user)
    async with aiofiles.open(REPORT_DIR / "latest.pdf", "wb") as handle:
        await handle.write(data)
    template = await anyio.Path(TEMPLATES / "mail.txt").read_text()
    ...
```

## Alternatives and trade-offs
- `aiofiles` or `anyio.Path` / `anyio.open_file`: awaitable file APIs; they run the blocking call
  in a thread pool for you, so the loop stays free, at the cost of a thread hop per call.
- Keep the helper synchronous and call `await asyncio.to_thread(save_report, name, data)` (or
  `run_in_threadpool`): one hop for a whole batch of file work, the cheapest fix.
- Read small, immutable files once at import time or behind `functools.lru_cache`: the cost is
  paid once at startup instead of on every request.
- Hand large files to object storage with an async client (`aioboto3`) or a background worker
  instead of the request path.

## Libraries
`aiofiles`, `anyio` (`anyio.Path`, `anyio.open_file`), `aiopath`, `trio` (`trio.Path`),
`starlette.concurrency` (`run_in_threadpool`), `asgiref` (`sync_to_async`).

## References
- https://docs.python.org/3/library/asyncio-dev.html#running-blocking-code
- https://docs.python.org/3/library/asyncio-task.html#asyncio.to_thread
- https://anyio.readthedocs.io/en/stable/fileio.html
- https://github.com/Tinche/aiofiles
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.blocking import CACHED_DECORATORS
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._file_io import file_io_ops
from ._reach import Op, Walker


def collect(file: FileContext) -> dict[str, tuple[Op, ...]] | None:
    return file_io_ops(file) or None


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    ops: dict[str, tuple[Op, ...]] = {}
    for fact in facts.values():
        ops.update(fact)
    walker = Walker(index, ops, CACHED_DECORATORS)
    for function in index.iter_functions():
        if not function.is_async:
            continue
        for op in ops.get(function.qualname, ()):
            reporter.report(
                op.site,
                f"`{op.label}` {op.what} inside `async def {function.name}`, stalling the event "
                "loop",
                fix=f"`{op.fix}`",
                severity=op.severity,
            )
        for reach in walker.reaches(function):
            op = reach.op
            reporter.report(
                reach.call.site,
                f"`{reach.name}()` does blocking file I/O inside `async def {function.name}`: it "
                f"reaches `{op.label}`, which {op.what}",
                fix=f"`await asyncio.to_thread({reach.name}, ...)`, or make it async with "
                f"`{op.fix}`",
                trace=(reach.call_step(function.name), *reach.steps),
                severity=op.severity,
                confidence=Confidence.MEDIUM,
            )


RULE = Rule(
    code="ASY103",
    name="blocking-file-io-in-async",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(1050,),
    doc=__doc__ or "",
    collect=collect,
    finish=finish,
)
