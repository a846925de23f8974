"""# Outgoing request to a URL taken from request data

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) that reaches the URL of an outgoing HTTP request: `requests` functions and `Session`
methods, `httpx` functions and `Client`/`AsyncClient` methods, `urllib.request.urlopen()` and
`urllib.request.Request`, `urllib3.request()`, and `aiohttp.ClientSession` methods. Only the URL
argument is a sink: request data sent in `params=`, `data=`, `json=` or headers is not reported.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. It stays quiet for constant URLs, for URLs checked with
Django's `url_has_allowed_host_and_scheme()`, and for flows that only exist through a dead branch.
Like every taint rule, it treats as clean the values converted to a number, `UUID`, `Decimal`, date
or IP address, and values checked before the sink against a constant allow-list (`if value not in
ALLOWED: abort(400)`) or a full-match regular expression. A check on a value *derived* from the URL,
such as its parsed host, is not connected to the URL itself: after such a check, suppress the
finding with the reason (`# scrutiny: ignore[SEC105] -- host checked against PREVIEW_HOSTS`).

## Why it matters
The request leaves from your server, with your server's network position. An attacker points it
at `http://169.254.169.254/latest/meta-data/iam/security-credentials/` to read cloud credentials
(the 2019 Capital One breach), at `http://localhost:6379/` or an internal admin panel that trusts
its network, or at `file:///etc/passwd`, which `urllib.request.urlopen()` happily opens. Response
times and error messages turn the feature into a port scanner for your private network. Redirects
make a check on the first URL insufficient: an allowed host can answer `302 Location:
http://10.0.0.5/`.

## Example
```python
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/link-preview")
def link_preview():
    url = request.get_json()["url"]
    page = requests.get(url, timeout=5)
    return jsonify(title=extract_title(page.text))
```

## Use instead
Accept only HTTPS URLs to hosts you list, compare the parsed host exactly, and do not follow
redirects:
```python
from urllib.parse import urlsplit

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

PREVIEW_HOSTS = {"github.com", "www.youtube.com", "vimeo.com"}


def allowed_url(raw: str) -> str:
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        abort(400, "invalid URL")
    if parts.scheme != "https" or parts.hostname not in PREVIEW_HOSTS or port not in (None, 443):
        abort(400, "URL not allowed")
    return parts.geturl()


@app.post("/link-preview")
def link_preview():
    url = allowed_url(str(request.get_json().get("url", "")))
    # scrutiny: ignore[SEC105] -- host checked against PREVIEW_HOSTS in allowed_url()
    page = requests.get(url, timeout=5, allow_redirects=False)
    return jsonify(title=extract_title(page.text))
```

## Alternatives and trade-offs
- **An allow-list of hosts** (above) is the strongest application-level control. Compare the
  parsed `hostname`, never a prefix or a substring: `https://github.com.evil.example/` and
  `https://github.com@evil.example/` both start with `https://github.com`.
- **A fixed base URL with a user-chosen path** (`f"{API}/users/{user_id}"`) keeps the host yours,
  but `../`, `?` and `#` in the value still reach other endpoints on that host: encode it with
  `urllib.parse.quote(user_id, safe="")` or validate it as an id first.
- **Any public host** (link previews, webhooks you call): resolve the name, reject private,
  loopback, link-local and reserved addresses with `ipaddress`, then connect to the address you
  checked, or DNS rebinding swaps it after your check. Re-check every redirect hop. This is subtle
  enough to delegate to an egress proxy.
- **Network controls**: an egress proxy (Stripe's Smokescreen) or firewall rules that block
  internal ranges from the web tier, and IMDSv2 on AWS (a session token the attacker cannot get
  through a simple GET). They protect every code path at once, including ones no tool traced.
- **Redirects**: `requests` follows them by default; pass `allow_redirects=False` or validate each
  `Location`. `httpx` does not follow redirects unless `follow_redirects=True`.

## Libraries
`urllib.parse` and `ipaddress` (validation), `httpx` (no redirects by default), `requests` with
`allow_redirects=False`, `advocate` (a `requests` wrapper that blocks internal addresses; check
that it is still maintained before adopting it), Smokescreen (egress proxy).

## References
- https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html
- https://owasp.org/Top10/A10_2021-Server-Side_Request_Forgery_%28SSRF%29/
- https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
- https://cwe.mitre.org/data/definitions/918.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC105",
    name="server-side-request-forgery",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(918,),
    owasp=("A10:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="ssrf"),
)
