"""What every reporter may be told besides the findings themselves."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_INFORMATION_URI = "https://github.com/scrutiny-dev/scrutiny"


@dataclass(frozen=True, kw_only=True)
class RenderOptions:
    """Presentation settings and run facts, passed explicitly to `render`.

    * `tool_version`: the scrutiny version, written into machine-readable reports.
    * `color`: emit ANSI colours (text and concise formats only); never set it for files or pipes.
    * `fixed_baseline`: how many baselined findings no longer occur (a note in text output).
    * `files_checked`: how many files were analysed (for the summary line).
    * `information_uri`: the tool's home page, for SARIF `tool.driver.informationUri`.
    * `root_uri`: an absolute `file://` URI of the project root ending in `/`; when given, SARIF
      records it as `%SRCROOT%` so viewers can open files. Paths in findings stay relative.
    """

    tool_version: str
    color: bool = False
    fixed_baseline: int = 0
    files_checked: int = 0
    information_uri: str = DEFAULT_INFORMATION_URI
    root_uri: str | None = None
