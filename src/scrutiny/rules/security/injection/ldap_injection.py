"""# LDAP search filter built from request data

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) that ends up in the text of an LDAP search filter: `ldap3` `Connection.search()` and the
`python-ldap` `search()`, `search_s()` and `search_ext_s()` methods.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. It stays quiet when the value went through the filter
escaping functions `ldap3.utils.conv.escape_filter_chars()` or `ldap.filter.escape_filter_chars()`,
for constant filters and for flows that only exist through a dead branch. Like every taint rule, it
treats as clean the values converted to a number, `UUID`, `Decimal`, date or IPv4, and values
checked before the sink against a constant allow-list (`if value not in ALLOWED: abort(400)`) or a
full-match regular expression.

## Why it matters
In a filter such as `(&(uid={username})(memberOf=cn=staff,...))`, the characters `*`, `(`, `)`,
`\\` and NUL are syntax. A username of `*` matches every entry; `admin)(uid=*))(|(uid=*` rewrites
the filter so the group condition no longer applies. Depending on what the search decides, that
is an authentication or authorization bypass, or a way to enumerate the directory (users, e-mail
addresses, group memberships) one wildcard query at a time.

## Example
```python
from flask import Flask, abort, request
from ldap3 import Connection, Server

app = Flask(__name__)


@app.post("/login")
def login():
    username = request.form["username"]
    directory = Connection(Server(LDAP_URL), SERVICE_DN, SERVICE_PASSWORD, auto_bind=True)
    directory.search(
        "ou=people,dc=example,dc=com",
        f"(&(uid={username})(memberOf=cn=staff,ou=groups,dc=example,dc=com))",
        attributes=["cn", "mail"],
    )
    if not directory.entries:
        abort(401)
    ...
```

## Use instead
Escape every value placed in a filter, require exactly one match, then verify the password by
binding as that user:
```python
from flask import Flask, abort, request
from ldap3 import Connection, Server
from ldap3.core.exceptions import LDAPBindError
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
STAFF = "cn=staff,ou=groups,dc=example,dc=com"


@app.post("/login")
def login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    if not username or not password:  # an empty password is an anonymous bind on many servers
        abort(401)
    directory = Connection(Server(LDAP_URL), SERVICE_DN, SERVICE_PASSWORD, auto_bind=True)
    directory.search(
        "ou=people,dc=example,dc=com",
        f"(&(uid={escape_filter_chars(username)})(memberOf={STAFF}))",
        attributes=["cn", "mail"],
    )
    if len(directory.entries) != 1:
        abort(401)
    try:
        Connection(Server(LDAP_URL), directory.entries[0].entry_dn, password, auto_bind=True)
    except LDAPBindError:
        abort(401)
    ...
```

## Alternatives and trade-offs
- **Escape filter values** with `escape_filter_chars()` (ldap3 or python-ldap) or build the whole
  filter with python-ldap's `filter_format("(uid=%s)", [username])`, which escapes for you. This
  is the fix; it keeps wildcards available for the parts you write yourself.
- **Validate the shape first** (for example `[a-z0-9._-]{1,64}` for user ids). It rejects
  nonsense early and gives better errors, but keep the escaping: validation rules change.
- **Distinguished names** use different escaping than filters: build DNs with
  `ldap3.utils.dn.escape_rdn()` or `ldap.dn.escape_dn_chars()`, never with filter escaping.
- **An integration library** such as `django-auth-ldap` (its `LDAPSearch` escapes the
  `%(user)s` placeholder) avoids writing filters by hand at all.
- **Least privilege** for the service account (read only, limited subtree, size limits) bounds
  enumeration when something slips through.

## Libraries
`ldap3` (`escape_filter_chars`, `escape_rdn`), `python-ldap` (`ldap.filter.filter_format`,
`ldap.filter.escape_filter_chars`, `ldap.dn.escape_dn_chars`), `django-auth-ldap`,
`Flask-LDAP3-Login`.

## References
- https://cheatsheetseries.owasp.org/cheatsheets/LDAP_Injection_Prevention_Cheat_Sheet.html
- https://www.rfc-editor.org/rfc/rfc4515
- https://ldap3.readthedocs.io/en/latest/searches.html
- https://cwe.mitre.org/data/definitions/90.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC109",
    name="ldap-injection",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(90,),
    owasp=("A03:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="ldap"),
)
