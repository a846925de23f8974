"""# File is not decodable Python source

## What it does
Reports a `.py` file whose bytes cannot be decoded as text in its declared encoding (UTF-8 unless
a PEP 263 coding cookie says otherwise), or that contains NUL bytes, i.e. a binary file with a
Python name.

## Why it matters
Python refuses to import such a file, and Scrutiny cannot review it: it is either corrupt, a build
artifact checked in by mistake, or saved in the wrong encoding by an editor.

## Example
A file saved as Latin-1 containing `"café"` with no coding cookie, or a compiled extension renamed
to `module.py`.

## Use instead
Re-save the file as UTF-8 (the default since PEP 3120), or declare its encoding on the first or
second line:
```python
# -*- coding: latin-1 -*-
NAME = "café"
```

## Alternatives and trade-offs
A coding cookie keeps the bytes as they are but every tool must honour it; converting to UTF-8 is
the durable fix. A binary file belongs outside the source tree, or in `extend-exclude`.

## Libraries
`file FILE` tells what the bytes are; `iconv -f latin1 -t utf-8` converts them.

## References
- https://peps.python.org/pep-0263/
- https://peps.python.org/pep-3120/
"""

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule

RULE = Rule(
    code="SCR002",
    name="undecodable-file",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    doc=__doc__ or "",
)
