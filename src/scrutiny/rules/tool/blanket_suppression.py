"""# Suppression comment without a rule code

## What it does
Reports a `# scrutiny: ignore` comment that does not name the rule it silences. Such a comment
suppresses nothing: Scrutiny only honours suppressions that name a code or a rule name.

## Why it matters
A blanket suppression hides every present and future finding on the line, including ones nobody
has looked at. Naming the rule (and the reason) keeps the decision reviewable, and lets Scrutiny
tell you when the suppression is no longer needed.

## Example
```python
resp = requests.get(url)  # scrutiny: ignore
```

## Use instead
```python
resp = requests.get(url)  # scrutiny: ignore[REL101] -- internal service, has its own deadline
```

## Alternatives and trade-offs
`# noqa: REL101` works too and is shared with flake8 and Ruff habits; `# scrutiny: ignore[...]`
carries a reason after `--`. For whole files or folders, `per-file-ignores` in the configuration is
clearer than comments on many lines.

## Libraries
None needed.

## References
- https://docs.astral.sh/ruff/linter/#error-suppression
"""

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule

RULE = Rule(
    code="SCR004",
    name="blanket-suppression",
    severity=Severity.LOW,
    confidence=Confidence.HIGH,
    doc=__doc__ or "",
)
