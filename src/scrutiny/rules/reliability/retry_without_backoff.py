"""# Retry loop without backoff

## What it does
Finds hand-written retry loops (a `for attempt in range(n)` or `while` loop around a `try` that
leaves the loop on success and goes round again on failure) that wait a constant time between
attempts, or not at all (low severity), and retry loops with no bound at all (`while True:` with
no `raise` or `break` on failure, or `itertools.count()`) that do not back off (medium severity).
A loop with no delay at all is reported only when it catches a network or database failure by
name (`ConnectionError`, `requests.RequestException`, `OperationalError`, `socket.timeout`...):
an immediate retry after a parser error or a lost race on a local file is usually intended.

It stays quiet when the delay grows (`2 ** attempt`, `delay *= 2`, `attempt * 0.5`, a name
containing `backoff`), when it is randomized (`random.uniform`: jitter), for worker loops whose
`try` does not leave the loop on success (`while True: msg = queue.get(); ...`), for loops over
candidates (mirrors, free file names: the loop variable is used inside the `try`), and for
handlers that catch only "try another value" exceptions (`FileExistsError`, `IntegrityError`,
`KeyError`, `ValueError`, ...), handlers that restart an interrupted system call (`errno.EINTR`,
`EAGAIN`) or wait for a socket to become ready (`yield`, `await ..._wait...()`), loops that change
what they try between attempts (a new key, the next item), and polling at a fixed interval until
a deadline (`while time.monotonic() < deadline:`). Retry libraries (tenacity, backoff, stamina,
`urllib3.Retry`) need no loop, so they are never reported.

## Why it matters
When a dependency fails because it is overloaded, every client retrying at once, at a fixed
rate, keeps it overloaded: the retries become the load (a "retry storm"), and synchronized
clients hit it in waves. A loop with no delay turns one failure into a busy loop that burns CPU
and floods logs; a loop with no bound never gives up, so the caller never learns the operation
failed and a worker stays stuck for as long as the dependency is down.

## Example
```python
import time

import requests

def fetch_rates():
    for attempt in range(5):
        try:
            return requests.get(RATES_URL, timeout=5).json()
        except requests.RequestException:
            time.sleep(1)
    raise RuntimeError("rates unavailable")

def connect_forever():
    while True:
        try:
            return broker.connect()
        except ConnectionError:
            continue
```

## Use instead
```python
import random
import time

import requests

MAX_ATTEMPTS = 5
BASE_DELAY, MAX_DELAY = 0.5, 30.0

def fetch_rates():
    for attempt in range(MAX_ATTEMPTS):
        try:
            return requests.get(RATES_URL, timeout=5).json()
        except requests.RequestException:
            if attempt == MAX_ATTEMPTS - 1:
                raise
            # exponential backoff with full jitter
            time.sleep(random.uniform(0, min(MAX_DELAY, BASE_DELAY * 2**attempt)))
```
Or, with a library:
```python
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_random_exponential

@retry(
    retry=retry_if_exception_type(requests.RequestException),
    wait=wait_random_exponential(multiplier=0.5, max=30),
    stop=stop_after_attempt(5),
    reraise=True,
)
def fetch_rates():
    return requests.get(RATES_URL, timeout=5).json()
```

## Alternatives and trade-offs
- tenacity: decorators with composable stop/wait/retry policies, sync and async; one more
  dependency and a decorator that hides control flow from readers.
- backoff (`@backoff.on_exception(backoff.expo, ..., max_tries=5)`) or stamina (opinionated
  defaults: exponential backoff with jitter, bounded attempts and total time, test helpers).
- For HTTP with requests, mount `HTTPAdapter(max_retries=urllib3.util.Retry(total=5,
  backoff_factor=0.5, status_forcelist=(502, 503, 504)))` on a session: no loop at all.
- Celery tasks: `autoretry_for=..., retry_backoff=True, retry_jitter=True, max_retries=5`.
- A constant delay is fine for a single client polling a local resource; for shared
  dependencies prefer jitter, and a circuit breaker (pybreaker) when failures last.

## Libraries
`tenacity`, `backoff`, `stamina`, `urllib3.util.Retry`, Celery's `retry_backoff`, `pybreaker`.

## References
- https://aws.amazon.com/builders-library/timeouts-retries-and-backoff-with-jitter/
- https://tenacity.readthedocs.io/
- https://cwe.mitre.org/data/definitions/770.html
- https://cwe.mitre.org/data/definitions/834.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule

from ._retry_loops import Loop, retry_loop

FIX = "back off exponentially with jitter and bound the attempts (or use tenacity/backoff/stamina)"


def check(node: Loop, ctx: RuleContext) -> None:
    found = retry_loop(node, ctx.semantic)
    if found is None or found.grows:
        return
    if not found.sleeps and not found.network:
        return  # no delay, and nothing says a remote dependency is failing: a local race
    if found.sleeps and found.deadline:
        return  # polling at a fixed interval until a deadline
    if not found.bounded:
        pause = "at a constant rate" if found.sleeps else "without pausing"
        ctx.report(
            node,
            f"retry loop with no bound retries forever {pause}: a dependency that stays down "
            "pins this worker and is hammered by its retries",
            fix=FIX,
            severity=Severity.MEDIUM,
        )
    elif found.sleeps:
        ctx.report(
            node,
            "retry loop waits a constant delay between attempts: clients retrying in lockstep "
            "keep an overloaded dependency overloaded",
            fix=FIX,
        )
    else:
        ctx.report(
            node,
            "retry loop retries immediately, without any delay: the attempts come in a burst "
            "that an overloaded dependency cannot absorb",
            fix=FIX,
        )


RULE = Rule(
    code="REL114",
    name="retry-without-backoff",
    severity=Severity.LOW,
    confidence=Confidence.MEDIUM,
    cwe=(770, 834),
    quiet_in=frozenset({"tests"}),
    doc=__doc__ or "",
    visits=(ast.For, ast.AsyncFor, ast.While),
    check=check,
)
