"""# File cannot be read

## What it does
Reports a file that Scrutiny found but could not open: no permission, a file that vanished during
the run, or an I/O error.

## Why it matters
An unreadable file was not reviewed. In CI this usually means a checkout or permission problem that
may also hide the file from your tests and packaging.

## Example
A file with mode `000`, or one owned by another user in a shared build directory.

## Use instead
Fix the file's permissions (`chmod u+r FILE`), or exclude it if it is not yours to review.

## Alternatives and trade-offs
Excluding keeps the run quiet but unreviewed; fixing permissions reviews it.

## Libraries
None needed.

## References
- https://docs.python.org/3/library/os.html#os.access
"""

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule

RULE = Rule(
    code="SCR006",
    name="unreadable-file",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    doc=__doc__ or "",
)
