"""# JWT decoded without verifying its signature

## What it does
Finds JSON Web Tokens decoded with signature verification turned off: PyJWT's
`jwt.decode(token, options={"verify_signature": False})` (also when the options dict is a
constant, a variable or `dict(verify_signature=False)`), PyJWT 1.x's `jwt.decode(token,
verify=False)` and python-jose's `jose.jwt.decode(..., options={"verify_signature": False})`.
Two legitimate uses stay quiet: reading only the time claims (`exp`, `iat`, `nbf`) of a token you
hold yourself to know when to refresh it (or only the `header` of `jwt.decode_complete`), and
peeking at a token (its `iss` or `kid`) to choose the key it is then verified with in the same
function (decoded again, or handed to a `*decode*`/`*verify*` helper). A function whose name
says it returns unverified data (`get_unverified_claims`) is taken at its word. A developer tool
that inspects a token like jwt.io does is quiet too: in a command-line script (argparse, click,
typer or an `if __name__ == "__main__":` guard) that imports no web framework, an unverified
decode whose claims only go to `print`, logging, `json.dumps` or a `return` authorizes nothing.
Reading the header with `jwt.get_unverified_header()` to pick a key is not reported. Test files
are quiet.

## Why it matters
A JWT is only as trustworthy as its signature: the header and claims are base64, not encrypted,
so anyone can write `{"sub": "admin", "role": "superuser"}` into a token. Without the signature
check, every claim your code reads (user id, tenant, role, expiry) is chosen by the caller: it is
a complete authentication bypass (CWE-347). Code written like this usually started as a debugging
shortcut or a "we validate upstream" assumption that stopped being true.

## Example
```python
import jwt

def current_user(request):
    token = request.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    return User.objects.get(pk=claims["sub"])
```

## Use instead
```python
import jwt
from django.conf import settings
from django.core.exceptions import PermissionDenied

def current_user(request):
    token = request.headers["Authorization"].removeprefix("Bearer ")
    try:
        claims = jwt.decode(
            token,
            settings.JWT_SECRET,            # from the environment, >= 32 random bytes
            algorithms=["HS256"],           # never taken from the token itself
            audience="api.example.com",
            issuer="https://auth.example.com",
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,                      # seconds of clock skew
        )
    except jwt.InvalidTokenError:
        raise PermissionDenied("invalid token")
    return User.objects.get(pk=claims["sub"])
```
For tokens issued by an identity provider (RS256/ES256), fetch its keys with `jwt.PyJWKClient`:
```python
jwks = jwt.PyJWKClient("https://auth.example.com/.well-known/jwks.json", cache_keys=True)

def verify(token: str) -> dict:
    signing_key = jwks.get_signing_key_from_jwt(token)   # picks the key by the header's `kid`
    return jwt.decode(token, signing_key.key, algorithms=["RS256"],
                      audience="api.example.com", options={"require": ["exp", "iat"]})
```

## Alternatives and trade-offs
- If another component really verifies the token (an API gateway, a service mesh), let it forward
  the verified claims in a header your app can trust, rather than re-reading an unverified token;
  verifying again in the app is cheap (one HMAC or RSA check) and is defence in depth.
- Opaque session tokens (a random id looked up in a database or Redis) need no signature at all
  and can be revoked at once; JWTs save the lookup but cannot be revoked before `exp`.
- PASETO (`pyseto`) has no "verify off" switch and no algorithm header, which removes this whole
  class of mistakes at the price of a smaller ecosystem.

## Libraries
PyJWT (`jwt.decode`, `jwt.PyJWKClient`), authlib (`JsonWebToken.decode` always verifies; call
`claims.validate()` for the time claims), joserfc (authlib's successor for JOSE), `pyseto` for
PASETO. python-jose still works but had long unmaintained stretches and several CVEs; prefer PyJWT
or joserfc for new code.

## References
- https://pyjwt.readthedocs.io/en/stable/usage.html#reading-the-claimset-without-validation
- https://www.rfc-editor.org/rfc/rfc8725.html#section-3.2
- https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html
- https://cwe.mitre.org/data/definitions/347.html
"""

from __future__ import annotations

import ast

from scrutiny.context import FileContext, RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.jwt import (
    CLI_MODULES,
    DISPLAY_CALLS,
    DISPLAY_FACTORIES,
    DISPLAY_METHODS,
    DISPLAY_RECEIVER_WORDS,
    FORMAT_CALLS,
    UNVERIFIED_NAME_WORDS,
    UNVERIFIED_SAFE_READS,
    VERIFIER_NAME_WORDS,
    WEB_PACKAGES,
)
from scrutiny.rule import Rule
from scrutiny.rules.security.jwt._common import (
    JwtCall,
    bound,
    dict_entries,
    fold_str,
    resolve,
    signature_disabled,
)
from scrutiny.semantic.model import SemanticModel

FIX = 'pass the key and a fixed `algorithms=["HS256"]` (or RS256 with `jwt.PyJWKClient`)'


def check(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    call = bound(node, ctx.file)
    if call is None or call.api.action != "decode":
        return
    how = signature_disabled(call, semantic)
    if how is None:
        return
    if (
        _reads_only_safe_parts(node, semantic)
        or _verified_in_same_function(call, ctx.file)
        or _named_unverified(node, semantic)
        or _only_displayed_by_cli(node, semantic)
    ):
        return
    ctx.report(
        node,
        f"token decoded with {how}: its signature is never checked, so every claim in it "
        "(user id, role, expiry) can be forged by whoever sends it",
        fix=FIX,
    )


def _reads_only_safe_parts(node: ast.Call, semantic: SemanticModel) -> bool:
    """`jwt.decode(...)["exp"]`, or a result read only for `exp`/`iat`/`nbf` or `header`."""
    if _is_safe_read(node, semantic):
        return True
    uses = _assigned_uses(node, semantic)
    return bool(uses) and all(_is_safe_read(use, semantic) for use in uses)


def _assigned_uses(node: ast.Call, semantic: SemanticModel) -> list[ast.expr]:
    """The reads of the name the call's result is assigned to (`claims = jwt.decode(...)`)."""
    parent = semantic.parent(node)
    if not (
        isinstance(parent, ast.Assign)
        and len(parent.targets) == 1
        and isinstance(parent.targets[0], ast.Name)
    ):
        return []
    name = parent.targets[0].id
    scope = semantic.scope_of.get(node, semantic.tree)
    return [
        n
        for n in ast.walk(scope)
        if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)
    ]


def _is_safe_read(expr: ast.expr, semantic: SemanticModel) -> bool:
    parent = semantic.parent(expr)
    if isinstance(parent, ast.Subscript) and parent.value is expr:
        return fold_str(parent.slice, semantic) in UNVERIFIED_SAFE_READS
    if isinstance(parent, ast.Attribute) and parent.attr == "get":
        call = semantic.parent(parent)
        return (
            isinstance(call, ast.Call)
            and bool(call.args)
            and fold_str(call.args[0], semantic) in UNVERIFIED_SAFE_READS
        )
    return False


def _verified_in_same_function(call: JwtCall, file: FileContext) -> bool:
    """The same token is then verified in the same function (the peek picked its key): decoded
    again with verification, or handed to a decode/verify helper (directly or via `**kwargs`)."""
    token = call.arg("token")
    if token is None:
        return False
    wanted = ast.dump(token)
    semantic = file.semantic
    scope = semantic.scope_of.get(call.node, semantic.tree)
    for other in semantic.calls.get(scope, []):
        if other is call.node:
            continue
        other_call = bound(other, file)  # memoized: the rules bind each call once
        if other_call is not None:
            if (
                other_call.api.action == "decode"
                and signature_disabled(other_call, semantic) is None
            ):
                other_token = other_call.arg("token")
                if other_token is not None and ast.dump(other_token) == wanted:
                    return True
            continue
        if _is_verifier_name(other.func) and _passes(other, wanted, semantic):
            return True
    return False


def _is_verifier_name(func: ast.expr) -> bool:
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return any(word in name.lower() for word in VERIFIER_NAME_WORDS)


def _passes(call: ast.Call, wanted: str, semantic: SemanticModel) -> bool:
    """Whether `call` receives the expression dumped as `wanted`, as an argument or in `**kw`."""
    values = [*call.args, *(k.value for k in call.keywords if k.arg is not None)]
    if any(ast.dump(v) == wanted for v in values):
        return True
    for keyword in call.keywords:
        if keyword.arg is None:
            entries = dict_entries(keyword.value, semantic) or {}
            if any(ast.dump(v) == wanted for v in entries.values()):
                return True
    return False


def _named_unverified(node: ast.AST, semantic: SemanticModel) -> bool:
    """Inside a function whose name says it returns unverified data (`get_unverified_claims`)."""
    symbol = semantic.enclosing_symbol(node).rsplit(".", 1)[-1].lower()
    return any(word in symbol for word in UNVERIFIED_NAME_WORDS)


def _only_displayed_by_cli(node: ast.Call, semantic: SemanticModel) -> bool:
    """A developer tool inspecting a token (like jwt.io): a command-line script that handles no
    requests, where the claims only go to print/logging/json.dumps or are returned."""
    if not _is_cli_script(semantic):
        return False
    uses = _assigned_uses(node, semantic) or [node]
    return all(_is_displayed(use, semantic) for use in uses)


def _is_cli_script(semantic: SemanticModel) -> bool:
    """A module run from the command line (argparse/click/typer, or a `__main__` guard) that
    imports no web framework."""
    roots = {
        binding.target.split(".", 1)[0]
        for bindings in semantic.bindings.get(semantic.tree, {}).values()
        for binding in bindings
        if binding.kind == "import" and binding.target
    }
    if roots & WEB_PACKAGES:
        return False
    return bool(roots & CLI_MODULES) or any(
        isinstance(statement, ast.If) and _is_main_guard(statement.test)
        for statement in semantic.tree.body
    )


def _is_main_guard(test: ast.expr) -> bool:
    return (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id == "__name__"
        and len(test.comparators) == 1
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value == "__main__"
    )


def _is_displayed(expr: ast.expr, semantic: SemanticModel) -> bool:
    """Whether `expr` only reaches a display call (possibly through formatting) or a return."""
    parent = semantic.parent(expr)
    if isinstance(parent, ast.Return):
        return True
    if isinstance(parent, ast.FormattedValue):
        joined = semantic.parent(parent)
        return isinstance(joined, ast.JoinedStr) and _is_displayed(joined, semantic)
    if isinstance(parent, ast.keyword):
        parent = semantic.parent(parent)
        if not isinstance(parent, ast.Call) or parent.func is expr:
            return False
    if not isinstance(parent, ast.Call) or parent.func is expr:
        return False
    name = semantic.qualified_name(parent.func)
    if name in DISPLAY_CALLS or _is_display_method(parent.func, semantic):
        return True
    return name in FORMAT_CALLS and _is_displayed(parent, semantic)


def _is_display_method(func: ast.expr, semantic: SemanticModel) -> bool:
    """`logger.info(...)`, `console.print(...)`: a display method on a logger or a console."""
    if not isinstance(func, ast.Attribute) or func.attr not in DISPLAY_METHODS:
        return False
    receiver = resolve(func.value, semantic)
    if isinstance(receiver, ast.Call):
        return semantic.qualified_name(receiver.func) in DISPLAY_FACTORIES
    label = getattr(receiver, "id", None) or getattr(receiver, "attr", "")
    return any(word in str(label).lower() for word in DISPLAY_RECEIVER_WORDS)


RULE = Rule(
    code="SEC201",
    name="jwt-signature-not-verified",
    severity=Severity.CRITICAL,
    confidence=Confidence.HIGH,
    cwe=(347,),
    owasp=("A07:2021", "A08:2021"),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call,),
    check=check,
)
