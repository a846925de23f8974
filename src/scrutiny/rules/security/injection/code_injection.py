"""# Python code built from request data

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) that reaches the built-ins that compile or run Python source: `eval()`, `exec()` and
`compile()`.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. No function makes a string safe to evaluate as code, so
this kind has no specific sanitizer; the rule stays quiet for constant source code and for flows
that only exist through a dead branch. Like every taint rule, it treats as clean the values
converted to a number, `UUID`, `Decimal`, date or IPv4, and values checked before the sink
against a constant allow-list (`if value not in ALLOWED: abort(400)`) or a full-match regular
expression. `ast.literal_eval()` is not a sink.

## Why it matters
`eval()` of request data is remote code execution: `__import__("os").system("...")` runs a shell
command with the server's privileges. Emptying the globals (`{"__builtins__": {}}`) is not a
sandbox: `().__class__.__base__.__subclasses__()` reaches every loaded class, and public escape
chains from there to `os` are one search away. Length limits and character filters have been
bypassed too. Treat any flow here as a full compromise of the process and its credentials.

## Example
```python
from fastapi import FastAPI

app = FastAPI()


@app.get("/calculate")
def calculate(expression: str):
    return {"result": eval(expression, {"__builtins__": {}})}
```

## Use instead
Parse the input and evaluate only the constructs you allow:
```python
import ast
import operator

from fastapi import FastAPI, HTTPException

app = FastAPI()

OPERATORS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.USub: operator.neg,
}


def evaluate(node: ast.AST) -> float:
    if isinstance(node, ast.Expression):
        return evaluate(node.body)
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPERATORS:
        return OPERATORS[type(node.op)](evaluate(node.left), evaluate(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPERATORS:
        return OPERATORS[type(node.op)](evaluate(node.operand))
    raise ValueError("unsupported expression")


@app.get("/calculate")
def calculate(expression: str):
    if len(expression) > 200:
        raise HTTPException(400, "expression too long")
    try:
        return {"result": evaluate(ast.parse(expression, mode="eval"))}
    except (SyntaxError, ValueError, ZeroDivisionError, OverflowError) as exc:
        raise HTTPException(400, "invalid expression") from exc
```
Power (`**`) is left out on purpose: `9**9**9` is a denial of service.

## Alternatives and trade-offs
- **A data format instead of code**: `json.loads()` for structured input, `ast.literal_eval()` for
  Python literals (safe, but deeply nested input can exhaust the stack: limit the size first).
- **A dispatch table** (`HANDLERS[name]()`) instead of `eval(f"handle_{name}()")`: the request
  picks among functions you wrote, and unknown names fail with a `KeyError`.
- **An allow-listed evaluator**, as above, or `simpleeval`, for user formulas. Small and auditable,
  but every construct you add (attribute access, calls) widens the surface; `asteval` is broader
  still. Older `numexpr` releases passed input to `eval()`, so check what a library does inside.
- **A real grammar** (`lark`, `pyparsing`) when users write a small language (filters, pricing
  rules): more work, but the language can express only what you designed.
- **Running untrusted code** (notebooks, plugins) needs an OS-level sandbox in a separate process
  or container with no credentials. `RestrictedPython` raises the bar but has had escapes.

## Libraries
`ast` (`parse()`, `literal_eval()`), `json`, `simpleeval`, `lark`, `pyparsing`, `RestrictedPython`.

## References
- https://owasp.org/www-community/attacks/Code_Injection
- https://cheatsheetseries.owasp.org/cheatsheets/Injection_Prevention_Cheat_Sheet.html
- https://docs.python.org/3/library/functions.html#eval
- https://docs.python.org/3/library/ast.html#ast.literal_eval
- https://cwe.mitre.org/data/definitions/94.html
- https://cwe.mitre.org/data/definitions/95.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC103",
    name="code-injection",
    severity=Severity.CRITICAL,
    confidence=Confidence.HIGH,
    cwe=(94, 95),
    owasp=("A03:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="code"),
)
