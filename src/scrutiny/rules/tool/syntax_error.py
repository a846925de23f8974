"""# File does not parse

## What it does
Reports a Python file that Python's own parser rejects, with the line and the parser's message.
Scrutiny cannot review code it cannot parse, so every other rule is silent on that file.

## Why it matters
A file that does not parse is either broken (and will fail at import time, often only in
production, when the module is first imported) or written for a newer Python than the one
analyzing it. Either way nothing in it has been reviewed, and silence would look like a clean bill.

## Example
```python
def handler(request)
    return request.GET["q"]
```

## Use instead
```python
def handler(request):
    return request.GET["q"]
```

## Alternatives and trade-offs
If the file uses syntax newer than the Python that runs Scrutiny (for example PEP 695 generics on
Python 3.11), run Scrutiny with the newer interpreter, or exclude the file with `extend-exclude`
until you can. Excluding hides the file from every rule: prefer upgrading.

## Libraries
`python -m py_compile FILE` reproduces the error; `ruff check` reports syntax errors too.

## References
- https://docs.python.org/3/reference/grammar.html
"""

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule

RULE = Rule(
    code="SCR001",
    name="syntax-error",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    doc=__doc__ or "",
)
