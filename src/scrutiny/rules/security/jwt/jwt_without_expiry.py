"""# JWT issued without an expiry (`exp`) claim

## What it does
Finds tokens issued with `jwt.encode(payload, ...)` (PyJWT, python-jose, authlib's
`jwt.encode(header, payload, key)`) whose payload has no `exp` claim: a dict literal, `dict(...)`,
or a dict built in the same function with constant keys. Keys added before the call
(`payload["exp"] = ...`, `payload.update(exp=...)`, `payload.setdefault("exp", ...)`,
`payload |= {...}`) count. When the payload's shape cannot be known (a parameter, a dict passed
to another function first, `**extra` from elsewhere) the rule stays quiet. Test files are quiet.

## Why it matters
A JWT without `exp` is valid forever. A token that leaks (logs, browser storage, a proxy, a
screenshot of a `curl` command) stays a working credential after the user logs out, changes
password or leaves the company, because a stateless token cannot be revoked without a server-side
blocklist (CWE-613, insufficient session expiration).

## Example
```python
import jwt

def issue_token(user):
    payload = {"sub": str(user.pk), "role": user.role}
    return jwt.encode(payload, settings.JWT_SECRET, algorithm="HS256")
```

## Use instead
```python
import secrets
from datetime import datetime, timedelta, timezone

import jwt
from django.conf import settings

ACCESS_TOKEN_LIFETIME = timedelta(minutes=15)

def issue_token(user):
    now = datetime.now(timezone.utc)
    payload = {
        "sub": str(user.pk),
        "iat": now,
        "nbf": now,
        "exp": now + ACCESS_TOKEN_LIFETIME,
        "jti": secrets.token_urlsafe(16),   # lets you blocklist one token if needed
    }
    return jwt.encode(payload, settings.JWT_SECRET, algorithm="HS256", headers={"kid": "2024-06"})
```
and make the verifier insist on it:
`jwt.decode(token, key, algorithms=["HS256"], options={"require": ["exp", "iat"]}, leeway=30)`.

## Alternatives and trade-offs
- Short-lived access tokens (5 to 15 minutes) plus a refresh token stored server-side give fast
  revocation at the cost of a refresh round trip; long-lived JWTs save the round trip but cannot
  be revoked.
- A `jti` blocklist (Redis with a TTL equal to the token lifetime) allows revoking individual
  tokens, but brings back the server-side lookup JWTs were meant to avoid.
- Opaque session tokens (`secrets.token_urlsafe(32)` stored in the database, Django sessions)
  expire and revoke trivially; prefer them for first-party browser sessions.
- PASETO tokens carry `exp` the same way; the need for an expiry does not go away with the format.

## Libraries
PyJWT (`exp`, `nbf`, `iat` checked automatically when present; `options={"require": [...]}` makes
them mandatory), `djangorestframework-simplejwt` and `flask-jwt-extended` (set lifetimes for you),
authlib (`claims.validate()` checks `exp`), joserfc, `pyseto`.

## References
- https://www.rfc-editor.org/rfc/rfc7519.html#section-4.1.4
- https://pyjwt.readthedocs.io/en/stable/usage.html#expiration-time-claim-exp
- https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html
- https://cwe.mitre.org/data/definitions/613.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.jwt import EXPIRY_CLAIM
from scrutiny.rule import Rule
from scrutiny.rules.security.jwt._common import bound, dict_entries, fold_str
from scrutiny.semantic.model import SemanticModel

FIX = 'add `"exp": datetime.now(timezone.utc) + timedelta(minutes=15)` to the payload'
# Reads of a dict that cannot add keys to it.
_READ_METHODS = frozenset({"get", "keys", "values", "items", "copy", "pop", "__contains__"})


def check(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    call = bound(node, ctx.file)
    if call is None or call.api.action != "encode":
        return
    payload = call.arg("payload")
    if payload is None:
        return
    keys = _payload_keys(payload, node, semantic)
    if keys is None or EXPIRY_CLAIM in keys:
        return
    ctx.report(
        node,
        "token issued without an `exp` claim: it never expires, so a leaked token stays a valid "
        "credential forever",
        fix=FIX,
    )


def _payload_keys(payload: ast.expr, call: ast.Call, semantic: SemanticModel) -> set[str] | None:
    """The keys the payload has when `call` runs, or None when they cannot be known."""
    if not isinstance(payload, ast.Name):
        entries = dict_entries(payload, semantic)
        return None if entries is None else set(entries)
    values = semantic.assigned_values(payload)
    if not values or len(values) != 1 or values[0] is None:
        return None
    entries = dict_entries(values[0], semantic)
    if entries is None:
        return None
    keys = set(entries)
    added = _keys_added_before(payload, call, semantic)
    return None if added is None else keys | added


def _keys_added_before(name: ast.Name, call: ast.Call, semantic: SemanticModel) -> set[str] | None:
    """Keys added to the dict `name` between its creation and `call`; None if it escapes."""
    scope = semantic.scope_of.get(call, semantic.tree)
    position = (call.lineno, call.col_offset)
    added: set[str] = set()
    for node in ast.walk(scope):
        if (
            not isinstance(node, ast.Name)
            or node.id != name.id
            or not isinstance(node.ctx, ast.Load)
            or node is name
            or (node.lineno, node.col_offset) > position
        ):
            continue
        keys = _keys_added_by_use(node, semantic)
        if keys is None:
            return None
        added |= keys
    return added


def _keys_added_by_use(use: ast.Name, semantic: SemanticModel) -> set[str] | None:
    parent = semantic.parent(use)
    if isinstance(parent, ast.Subscript) and parent.value is use:
        if not isinstance(parent.ctx, ast.Store):
            return set()
        key = fold_str(parent.slice, semantic)
        return None if key is None else {key}
    if isinstance(parent, ast.Attribute) and parent.value is use:
        return _keys_added_by_method(parent, semantic)
    if isinstance(parent, ast.AugAssign) and parent.target is use:
        entries = dict_entries(parent.value, semantic)
        return None if entries is None else set(entries)
    if isinstance(parent, ast.Compare | ast.JoinedStr | ast.FormattedValue):
        return set()
    return None  # passed to a function, returned, stored: anything may happen to it


def _keys_added_by_method(attribute: ast.Attribute, semantic: SemanticModel) -> set[str] | None:
    call = semantic.parent(attribute)
    if not isinstance(call, ast.Call) or call.func is not attribute:
        return None
    if attribute.attr in _READ_METHODS:
        return set()
    if attribute.attr == "setdefault" and call.args:
        key = fold_str(call.args[0], semantic)
        return None if key is None else {key}
    if attribute.attr == "update":
        keys: set[str] = set()
        for argument in call.args:
            entries = dict_entries(argument, semantic)
            if entries is None:
                return None
            keys |= set(entries)
        for keyword in call.keywords:
            if keyword.arg is None:
                return None
            keys.add(keyword.arg)
        return keys
    return None


RULE = Rule(
    code="SEC203",
    name="jwt-without-expiry",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(613,),
    owasp=("A07:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call,),
    check=check,
)
