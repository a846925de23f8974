"""# File is too large or too deeply nested to analyze

## What it does
Reports a file that Scrutiny skipped because it is over the size limit (8 MiB) or nested so deeply
that Python's parser or Scrutiny's analysis hit the interpreter's recursion limit.

## Why it matters
Such files are almost always generated (data dumps, minified code, machine-written parsers) and
nobody reviews them by hand; but if one is hand-written, nothing in it was checked, and you should
know that rather than read silence as approval.

## Example
```python
DATA = [[[[[[[[[[ ... 1000 levels ... ]]]]]]]]]]
```

## Use instead
Keep generated data out of Python source (JSON, a fixture file, a database), or exclude the file:
```toml
[tool.scrutiny]
extend-exclude = ["src/generated/*.py"]
```

## Alternatives and trade-offs
Excluding the file removes the finding and the review; moving data to a data file removes the need
for both, at the cost of loading it at run time.

## Libraries
`json`, `tomllib` or `importlib.resources` to load data shipped with a package.

## References
- https://docs.python.org/3/library/sys.html#sys.setrecursionlimit
"""

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule

RULE = Rule(
    code="SCR003",
    name="file-too-complex",
    severity=Severity.LOW,
    confidence=Confidence.HIGH,
    doc=__doc__ or "",
)
