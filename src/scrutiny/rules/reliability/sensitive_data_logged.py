"""# Sensitive data logged

## What it does
Finds logging calls (standard library, structlog, loguru) whose arguments include a secret or a
whole request: a value named like a password, secret, token, API key, authorization header,
cookie, session id, credit card number, CVV or SSN (`password`, `user.api_key`,
`data["password"]`, `settings.SECRET_KEY`, structlog's `refresh_token=str(refresh)`: a keyword
named like a secret whose value is not masked, hashed or measured); a request's credential headers
(`request.headers["Authorization"]`, `request.headers.get("Cookie")`,
`request.META["HTTP_AUTHORIZATION"]`); and whole request contents: `request.headers`,
`request.body`, `request.data`, `request.json`, `request.POST`, `request.form`, `request.META`,
`request.COOKIES`, `request.get_json()`, `await request.json()`. Values are looked for in the
message, in lazy arguments, inside f-strings, `%`/`.format()` operands and `extra={...}`.

It is a syntactic rule on names and request attributes, not a taint rule: the request object is
recognized by qualified name (`flask.request`), by a parameter annotation (`HttpRequest`,
`starlette.requests.Request`...), or as a view's `request`/`self.request`, and a secret is
recognized by its name. Names that describe a secret rather than hold it (`token_count`,
`password_reset_sent`, `secret_name`, `token_type`, `api_key_id`) are quiet, and so is any value
passed through a function call first (`mask(token)`, `token[:4]`, `len(password)`,
`hashlib.sha256(token).hexdigest()`), except the calls that show their argument whole (`str`,
`repr`, `dict`, `json.dumps`). `session_id` is not treated as a secret: the name is used as often
for identifiers that grant nothing (a Consul lock session in Celery and Kombu, an analytics
session) as for a web session; Django's `session_key`, the `sessionid` cookie and `session_token`
are.

## Why it matters
Logs are copied far more widely than the database: to log files on every host, to the log
pipeline, to Sentry breadcrumbs, to third-party SaaS, to backups and to every engineer with
dashboard access, usually with weaker access control and longer retention. A logged password or
API key is a leaked credential that must be rotated; a logged request body holds passwords,
card numbers and personal data that GDPR and PCI DSS (requirement 3.3) forbid you to keep
there (CWE-532).

## Example
```python
import logging

logger = logging.getLogger(__name__)

def login(request):
    logger.info("login attempt: %s", request.POST)
    token = issue_token(request.user)
    logger.debug("issued token %s for %s", token, request.user.pk)
```

## Use instead
```python
import logging

logger = logging.getLogger(__name__)

def login(request):
    logger.info("login attempt for username=%s", request.POST.get("username"))
    token = issue_token(request.user)
    logger.debug("issued token ...%s for %s", token[-4:], request.user.pk)
```

## Alternatives and trade-offs
- Log identifiers instead of secrets: a user id, a token's database id or the last four
  characters, a key's fingerprint (`hashlib.sha256(key).hexdigest()[:12]`).
- A redacting `logging.Filter` (or a structlog processor) that masks known keys is a safety net
  for what slips through; it only catches the keys it knows, so keep logging the fields you
  chose rather than whole payloads.
- Sentry's `send_default_pii=False` and `before_send` scrub events, not your log files.
- Request bodies are sometimes needed to debug an integration: log them at `DEBUG` in a
  development setting only, behind a redacting filter, and suppress this finding with a reason.

## Libraries
`logging.Filter`, `structlog` processors, `sentry-sdk` data scrubbing (`EventScrubber`),
`django.views.debug.SafeExceptionReporterFilter` (Django's own redaction of settings and POST
data in error reports), `django.views.decorators.debug.sensitive_post_parameters`.

## References
- https://cwe.mitre.org/data/definitions/532.html
- https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude
- https://docs.djangoproject.com/en/stable/howto/error-reporting/#filtering-sensitive-information
"""

from __future__ import annotations

import ast
import itertools
import re

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.logging_apis import (
    HARMLESS_WORDS,
    LOGGING_KEYWORDS,
    REQUEST_BODY_METHODS,
    REQUEST_CLASSES,
    REQUEST_MAPPINGS,
    REQUEST_NAMES,
    REQUEST_OBJECTS,
    REQUEST_WHOLE_ATTRIBUTES,
    ROOT,
    SENSITIVE_HEADERS,
    SENSITIVE_PAIRS,
    SENSITIVE_WORDS,
    STDLIB,
    TRANSPARENT_CALLS,
)
from scrutiny.rule import Rule
from scrutiny.rules.reliability._logging_calls import log_call
from scrutiny.semantic.model import SemanticModel

FIX = "log an identifier or a masked value (`token[-4:]`, a fingerprint) instead of the secret"
_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


def check(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    call = log_call(node, semantic)
    if call is None:
        return
    stdlib = call.kind in (STDLIB, ROOT)
    start = 1 if call.method == "log" else 0
    for value in (a.value if isinstance(a, ast.Starred) else a for a in node.args[start:]):
        found = _sensitive(value, semantic)
        if found is not None:
            _report(ctx, node, found)
            return
    for keyword in node.keywords:
        named = keyword.arg is not None and not (stdlib and keyword.arg in LOGGING_KEYWORDS)
        shown = _shows_whole(keyword.value, semantic)
        if named and shown and is_sensitive_name(keyword.arg or ""):
            _report(ctx, node, f"`{keyword.arg}=`")
            return
        if keyword.arg not in ("exc_info", "stack_info", "stacklevel"):
            found = _sensitive(keyword.value, semantic)
            if found is not None:
                _report(ctx, node, found)
                return


def _report(ctx: RuleContext, node: ast.Call, what: str) -> None:
    ctx.report(
        node,
        f"{what} is written to the log: logs are copied and kept far beyond the reach of your "
        "access controls, so secrets and request payloads in them leak",
        fix=FIX,
    )


def _sensitive(expr: ast.expr, semantic: SemanticModel, depth: int = 0) -> str | None:
    """A description of the secret or the whole request `expr` shows in full, or None."""
    if depth > 12:
        return None
    found: str | None = None
    for part in _parts(expr, semantic):
        found = _sensitive(part, semantic, depth + 1)
        if found is not None:
            return found
    if isinstance(expr, ast.Dict):
        for key, value in zip(expr.keys, expr.values, strict=True):
            if (
                isinstance(key, ast.Constant)
                and isinstance(key.value, str)
                and _is_raw(value)
                and is_sensitive_name(key.value)
            ):
                return f"`{_text(value)}` (under the key {key.value!r})"
    return _leaf(expr, semantic)


def _parts(expr: ast.expr, semantic: SemanticModel) -> list[ast.expr]:
    """The sub-expressions whose value `expr` shows in full."""
    if isinstance(expr, ast.JoinedStr):
        return list(expr.values)
    if isinstance(expr, ast.FormattedValue | ast.Await | ast.Starred):
        return [expr.value]
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Mod | ast.Add):
        return [expr.left, expr.right]
    if isinstance(expr, ast.Tuple | ast.List | ast.Set):
        return list(expr.elts)
    if isinstance(expr, ast.Dict):
        return [v for v in expr.values if v is not None]
    if isinstance(expr, ast.Call):
        func = expr.func
        shows = (
            isinstance(func, ast.Attribute) and func.attr == "format"
        ) or semantic.qualified_name(func) in TRANSPARENT_CALLS
        if shows:
            return [*expr.args, *(k.value for k in expr.keywords)]
    return []


def _leaf(expr: ast.expr, semantic: SemanticModel) -> str | None:
    if isinstance(expr, ast.Name):
        return f"`{expr.id}`" if is_sensitive_name(expr.id) else None
    if isinstance(expr, ast.Attribute):
        if expr.attr in REQUEST_WHOLE_ATTRIBUTES and is_request(expr.value, semantic):
            return f"`{_text(expr)}` (the whole request {expr.attr})"
        return f"`{_text(expr)}`" if is_sensitive_name(expr.attr) else None
    if isinstance(expr, ast.Subscript):
        key = semantic.literal_value(expr.slice)
        if isinstance(key, str) and _sensitive_key(expr.value, key, semantic):
            return f"`{_text(expr)}`"
        return None
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        return _call_leaf(expr, expr.func, semantic)
    return None


def _call_leaf(call: ast.Call, func: ast.Attribute, semantic: SemanticModel) -> str | None:
    if func.attr in REQUEST_BODY_METHODS and is_request(func.value, semantic):
        return f"`{_text(call)}` (the whole request body)"
    if func.attr == "get" and call.args:
        key = semantic.literal_value(call.args[0])
        if isinstance(key, str) and _sensitive_key(func.value, key, semantic):
            return f"`{_text(call)}`"
    return None


def _sensitive_key(mapping: ast.expr, key: str, semantic: SemanticModel) -> bool:
    """Whether `mapping[key]` holds a secret: a credential header, or a key named like one."""
    if (
        isinstance(mapping, ast.Attribute)
        and mapping.attr in REQUEST_MAPPINGS
        and is_request(mapping.value, semantic)
        and key.lower() in SENSITIVE_HEADERS
    ):
        return True
    return is_sensitive_name(key)


def is_request(expr: ast.expr, semantic: SemanticModel) -> bool:
    """Whether `expr` is the current HTTP request object."""
    if semantic.qualified_name(expr) in REQUEST_OBJECTS:
        return True
    if isinstance(expr, ast.Attribute):
        return (
            isinstance(expr.value, ast.Name)
            and expr.value.id == "self"
            and expr.attr in REQUEST_NAMES
        )
    if not isinstance(expr, ast.Name):
        return False
    for ancestor in semantic.ancestors(expr):
        if isinstance(ancestor, _FUNCTIONS):
            args = ancestor.args
            for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
                if arg.arg == expr.id:
                    annotation = arg.annotation
                    if annotation is not None:
                        return semantic.qualified_name(annotation) in REQUEST_CLASSES
                    return expr.id in REQUEST_NAMES
    return False


def is_sensitive_name(name: str) -> bool:
    """`password`, `api_key`, `session_key`: yes; `token_count`, `password_reset_sent`,
    `session_id`: no (see the rule's docs)."""
    words = [w.lower() for w in _WORD.findall(name)]
    if not words:
        return False
    pairs = set(itertools.pairwise(words))
    hit = any(w in SENSITIVE_WORDS for w in words) or bool(pairs & SENSITIVE_PAIRS)
    return hit and not any(w in HARMLESS_WORDS for w in words)


def _is_raw(expr: ast.expr) -> bool:
    """A value shown as is: a name, an attribute or a subscript (not a call, not a constant)."""
    return isinstance(expr, ast.Name | ast.Attribute) or (
        isinstance(expr, ast.Subscript) and not isinstance(expr.slice, ast.Slice)
    )


def _shows_whole(expr: ast.expr, semantic: SemanticModel, depth: int = 0) -> bool:
    """A value shown in full: raw (`refresh`, `user.api_key`), converted to text
    (`str(refresh)`, `repr(token)`, `f"{token}"`), not masked, hashed or measured."""
    if _is_raw(expr):
        return True
    if depth > 6:
        return False
    if isinstance(expr, ast.JoinedStr):
        return any(
            isinstance(v, ast.FormattedValue) and _shows_whole(v.value, semantic, depth + 1)
            for v in expr.values
        )
    if isinstance(expr, ast.Await | ast.Starred):
        return _shows_whole(expr.value, semantic, depth + 1)
    if isinstance(expr, ast.Call) and semantic.qualified_name(expr.func) in TRANSPARENT_CALLS:
        return any(_shows_whole(a, semantic, depth + 1) for a in expr.args)
    return False


def _text(expr: ast.expr) -> str:
    text = ast.unparse(expr)
    return text if len(text) <= 50 else f"{text[:47]}..."


RULE = Rule(
    code="REL111",
    name="sensitive-data-logged",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    cwe=(532,),
    owasp=("A09:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call,),
    check=check,
)
