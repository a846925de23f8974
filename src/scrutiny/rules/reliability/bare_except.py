"""# Bare `except:`

## What it does
Finds `except:` clauses with no exception class. A bare `except:` that cleans up and then
re-raises (a bare `raise`, SQLAlchemy's `with util.safe_reraise():`, or `sys.exc_info()` saved to
be raised later) is left alone. Quiet in tests.

## Why it matters
A bare `except:` catches `BaseException`: not only the errors you expected, but also
`KeyboardInterrupt` (Ctrl-C), `SystemExit` (`sys.exit()`, a worker being told to stop),
`GeneratorExit` and `asyncio.CancelledError`. Shutdown signals get eaten, programming errors
(`NameError`, `TypeError`) are handled as if they were expected failures, and the handler cannot
tell the reader which failure it was written for.

## Example
```python
def load_profile(user_id):
    try:
        return cache.get(f"profile:{user_id}")
    except:
        return None
```

## Use instead
```python
import logging

from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def load_profile(user_id):
    try:
        return cache.get(f"profile:{user_id}")
    except RedisError:
        logger.warning("profile cache unavailable", exc_info=True)
        return None
```

## Alternatives and trade-offs
- Name the exceptions the call documents (`RedisError`, `requests.RequestException`,
  `json.JSONDecodeError`): the most precise, but you must know the library's hierarchy.
- `except Exception:` with logging is acceptable at a boundary (a request, a task, a worker loop)
  where any failure must be contained; it still lets `KeyboardInterrupt` and `SystemExit` through.
- Cleanup that must run on every exit is better written as `finally:` or a context manager than as
  `except: cleanup(); raise`.

## Libraries
Standard library only; `contextlib.ExitStack` for cleanup; Ruff's `E722` and Pylint's
`bare-except` find the same pattern.

## References
- https://docs.python.org/3/tutorial/errors.html#handling-exceptions
- https://peps.python.org/pep-0008/#programming-recommendations
- https://cwe.mitre.org/data/definitions/396.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule
from scrutiny.rules.reliability._handlers import reraises

FIX = "catch the exceptions you expect (or `except Exception:` and log it)"


def check(node: ast.ExceptHandler, ctx: RuleContext) -> None:
    if node.type is not None or reraises(node.body):
        return
    ctx.report(
        node,
        "bare `except:` also catches KeyboardInterrupt, SystemExit and task cancellation, "
        "and hides which failure it was meant for",
        fix=FIX,
    )


RULE = Rule(
    code="REL102",
    name="bare-except",
    severity=Severity.LOW,
    confidence=Confidence.HIGH,
    cwe=(396,),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.ExceptHandler,),
    check=check,
)
