r"""# Request data written to logs without neutralizing line breaks

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) that reaches a log message: the `logging` module functions and the `debug()`, `info()`,
`warning()`, `error()`, `exception()` and `critical()` methods of loggers, both as the message and
as a positional argument. Passing the value as a lazy argument (`logger.info("user %s", name)`) is
still reported: it defers formatting, but the value is written to the log all the same.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. It stays quiet when the value went through `json.dumps()`
or `urllib.parse.quote()`, which turn line breaks and other control characters into escapes, for
constant messages and arguments and for flows that only exist through a dead branch. Like every
taint rule, it treats as clean the values converted to a number, `UUID`, `Decimal`, date or IP
address, and values checked before the sink against a constant allow-list (`if value not in ALLOWED:
abort(400)`) or a full-match regular expression.

## Why it matters
Line-based logs trust that one line is one event. A username of
`alice\n2024-05-01 12:00:03 INFO auth: login succeeded for admin` writes a forged entry that
misleads whoever investigates an incident, hides the real attempt among fake ones, and can trip or
blind alerting rules. ANSI escape sequences (`\x1b[...`) rewrite what an operator sees in a
terminal, and log viewers that render HTML turn the value into stored cross-site scripting. Very
long values flood storage. Python's `logging` has no lookups, so this is not Log4Shell, and the
severity is low; but logs are evidence, and evidence that anyone can write is worth little.

## Example
```python
import logging

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
logger = logging.getLogger(__name__)


class Credentials(BaseModel):
    username: str
    password: str


@app.post("/login")
async def login(credentials: Credentials):
    user = await authenticate(credentials.username, credentials.password)
    if user is None:
        logger.warning("failed login for %s", credentials.username)
        raise HTTPException(401)
    return {"token": issue_token(user)}
```

## Use instead
Bound the length and log the value as a JSON string, which escapes CR, LF, ESC and every other
control character, so one event stays one line:
```python
import json

MAX_LOGGED = 200

logger.warning("failed login for %s", json.dumps(credentials.username[:MAX_LOGGED]))
# failed login for "alice\n2024-05-01 12:00:03 INFO auth: login succeeded for admin"
```
Or log structured events rendered as JSON, where a line break inside a value is always `\n`:
```python
import structlog

log = structlog.get_logger()
log.warning("login_failed", username=credentials.username)  # with structlog's JSONRenderer
```

## Alternatives and trade-offs
- **Escape at the call site** (`json.dumps()` as above; `%r` works too, since `repr()` escapes
  line breaks, but Scrutiny does not count it): simple and explicit, but every call must remember.
- **Escape centrally** with a `logging.Formatter` subclass that escapes the formatted message: one
  place, and it covers third-party libraries too. Format tracebacks separately, since they are
  legitimately multi-line. Scrutiny cannot see a formatter; when every handler uses one, turn the
  rule off with `ignore = ["SEC115"]` in `[tool.scrutiny]`.
- **Structured logging** (`structlog`, `python-json-logger`) keeps each value in its own JSON
  field, which aggregators (Elasticsearch, Loki, Datadog) index and query; the best choice when
  logs are shipped anywhere. Readers must then never render fields as HTML.
- **Never pass request data as the format string** (`logger.info(user_input)`): aggregators can no
  longer group the events, and a `%` in it breaks formatting as soon as someone adds arguments.
- Log identifiers (user id, request id) rather than raw input when they serve the same purpose,
  and never log passwords, tokens or session ids (CWE-532).

## Libraries
`structlog`, `python-json-logger`, the standard `logging.Formatter` and `logging.Filter`.

## References
- https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html
- https://owasp.org/www-community/attacks/Log_Injection
- https://docs.python.org/3/howto/logging-cookbook.html
- https://cwe.mitre.org/data/definitions/117.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC115",
    name="log-injection",
    severity=Severity.LOW,
    confidence=Confidence.MEDIUM,
    cwe=(117,),
    owasp=("A09:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="log"),
)
