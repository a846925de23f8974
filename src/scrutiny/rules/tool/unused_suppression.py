"""# Suppression comment that suppresses nothing

## What it does
Reports a `# noqa: CODE` or `# scrutiny: ignore[CODE]` comment naming a Scrutiny rule that did not
fire on the statement it covers, or naming a rule that does not exist.

## Why it matters
Stale suppressions are debt: the code they excused has changed, and the comment now silently
pre-approves whatever the rule would find on that line in the future. A misspelt code silences
nothing at all while looking as if it does.

## Example
```python
resp = requests.get(url, timeout=5)  # noqa: REL101
```

## Use instead
```python
resp = requests.get(url, timeout=5)
```

## Alternatives and trade-offs
Remove the comment, or fix its code. If a suppression is there for a rule you disabled in this run
only, Scrutiny does not report it (it only reports suppressions of rules that ran on the file).

## Libraries
None needed.

## References
- https://docs.astral.sh/ruff/rules/unused-noqa/
"""

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule

RULE = Rule(
    code="SCR005",
    name="unused-suppression",
    severity=Severity.LOW,
    confidence=Confidence.HIGH,
    doc=__doc__ or "",
)
