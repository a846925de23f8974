"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

```
::error file=app/db.py,line=12,col=20,endLine=12,endColumn=65,title=SEC101 sql-injection::SQL ...
```

`error` for critical and high findings, `warning` for medium, `notice` for low and info. Values are
escaped as the Actions runner expects: `%`, CR and LF everywhere, and also `:` and `,` in
properties. Columns are 1-based; `endColumn` is exclusive, as in SARIF.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from scrutiny.finding import Finding, Severity
from scrutiny.registry import Registry
from scrutiny.reporters._common import end_line_of
from scrutiny.reporters.options import RenderOptions

COMMANDS = MappingProxyType(
    {
        Severity.CRITICAL: "error",
        Severity.HIGH: "error",
        Severity.MEDIUM: "warning",
        Severity.LOW: "notice",
        Severity.INFO: "notice",
    }
)


def render(findings: Sequence[Finding], registry: Registry, options: RenderOptions) -> str:
    del registry, options  # the findings carry everything an annotation shows
    return "".join(_command(finding) + "\n" for finding in findings)


def _command(finding: Finding) -> str:
    loc = finding.location
    last = end_line_of(loc)
    properties = [
        ("file", loc.path),
        ("line", str(loc.line)),
        ("col", str(loc.column + 1)),
        ("endLine", str(last)),
    ]
    if loc.end_column is not None and (last > loc.line or loc.end_column > loc.column):
        properties.append(("endColumn", str(loc.end_column + 1)))
    properties.append(("title", f"{finding.code} {finding.name}"))
    message = finding.message
    if finding.fix:
        message += f"\nfix: {finding.fix}"
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[finding.severity]} {props}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """Escape a command's message: `%`, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property value: as data, plus `:` and `,`."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
