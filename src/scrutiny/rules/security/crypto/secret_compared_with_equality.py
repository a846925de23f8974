"""# Secret compared with `==`

## What it does
Finds secrets compared with `==` or `!=`: passwords, PINs, API keys, signatures, OTPs, CSRF
tokens, signature headers (`request.headers["X-Signature"]`) and HMAC digests
(`hmac.new(...).hexdigest()`, also through a variable or with a `"sha256="` prefix). Words that
also name harmless things (`token` in a lexer, `digest` of a downloaded file, `mac` address) count
only when qualified (`api_token`, `stored_token`, `settings.SHARE_TOKEN`) or when the other side
looks secret too (`data["token"] == user.token`); a constant or enum member (`TOKEN_BLOCK_BEGIN`,
`Token.Keyword`) counts only when it is itself clearly a secret.
Comparisons that cannot leak a secret are quiet: against `None`, an empty string, a number, a short
literal used as a sentinel (`if token == ""`), against `len(...)`; names that describe *something
about* a secret rather than the secret (`token_type == "bearer"`, `token.user_id`,
`password_changed`); a secret against a public value (`password != username`); a password against
its confirmation field (`password == password_confirm`, both typed by the same user); `__eq__`
methods; `if a != b: a = b` synchronisation; and `assert` statements.

## Why it matters
`==` on strings and bytes stops at the first differing byte, so the time it takes reveals how many
leading bytes of the guess were right. An attacker who can measure response times (statistically,
over many requests) recovers a webhook signature, an API key or a reset token one byte at a time,
without ever knowing the secret.

## Example
```python
import hashlib
import hmac

def verify_webhook(request):
    expected = hmac.new(WEBHOOK_SECRET, request.body, hashlib.sha256).hexdigest()
    if request.headers["X-Signature"] != expected:
        raise PermissionDenied("bad signature")
```

## Use instead
```python
import hashlib
import hmac

def verify_webhook(request):
    expected = hmac.new(WEBHOOK_SECRET, request.body, hashlib.sha256).hexdigest()
    received = request.headers.get("X-Signature", "")
    if not hmac.compare_digest(received.encode(), expected.encode()):
        raise PermissionDenied("bad signature")
```

## Alternatives and trade-offs
- `hmac.compare_digest(a, b)` and `secrets.compare_digest(a, b)` are the same constant-time
  function; both sides must be `str` (ASCII only) or both bytes-like.
- For passwords, do not compare anything yourself: store a slow hash and call the hashing library's
  `verify` (`argon2.PasswordHasher.verify`, `bcrypt.checkpw`, Django's `check_password`), which
  compares in constant time.
- For stored API tokens, look up by a hash of the token (`sha256(token)` indexed in the database)
  rather than comparing against each token: the lookup is not timing-sensitive in practice and the
  database never holds the token itself.
- Signed values (`itsdangerous`, `django.core.signing`) do the constant-time check for you.

## Libraries
Standard library `hmac` and `secrets`; `itsdangerous`, `django.core.signing`, `argon2-cffi`,
`bcrypt`.

## References
- https://docs.python.org/3/library/hmac.html#hmac.compare_digest
- https://codahale.com/a-lesson-in-timing-attacks/
- https://cwe.mitre.org/data/definitions/208.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks import crypto
from scrutiny.rule import Rule
from scrutiny.semantic.model import UNKNOWN, SemanticModel

FIX = "compare with hmac.compare_digest(a, b), which takes the same time whatever the input"


def check(node: ast.Compare, ctx: RuleContext) -> None:
    if not all(isinstance(op, ast.Eq | ast.NotEq) for op in node.ops):
        return
    if _in_assert(node, ctx.semantic) or _in_equality_method(node, ctx.semantic):
        return
    sides = [node.left, *node.comparators]
    if len(sides) != 2:
        return
    left, right = sides
    secret = _secret_side(left, right, ctx.semantic) or _secret_side(right, left, ctx.semantic)
    if secret is None:
        return
    if _is_sentinel(left, ctx.semantic) or _is_sentinel(right, ctx.semantic):
        return
    if _is_confirmation(left, right) or _is_sync(node, ctx.semantic):
        return
    ctx.report(
        node,
        f"{secret} compared with `==`: the comparison time reveals how much of a guess was right",
        fix=FIX,
    )


STRONG, WEAK = 2, 1


def _secret_side(expr: ast.expr, other: ast.expr, semantic: SemanticModel) -> str | None:
    """`expr` as a secret compared with `other`, or None.

    A strong secret (`password`, `api_token`, `X-Signature`, an HMAC digest) is reported whatever
    it is compared with, except a public value (`password != username`: a policy check). A weak
    one (`token`, `digest`: also names of lexer tokens and file checksums) only when the other side
    looks like a secret too. A constant-looking name (`TOKEN_BLOCK_BEGIN`, `Token.Keyword`) is a
    secret only when strong.
    """
    strength, label = _strength(expr, semantic)
    if not strength:
        return None
    other_name = crypto.identifier_of(other)
    if other_name is not None and crypto.words(other_name) & crypto.COMPARED_PUBLIC_WORDS:
        return None
    other_strength = _strength(other, semantic)[0]
    name = crypto.identifier_of(expr)
    if name is not None and _is_constant_reference(expr) and not other_strength:
        return None  # `reason == REASON_NO_CSRF_COOKIE`
    if strength == STRONG or other_strength:
        return label
    partner = crypto.words(other_name) if other_name is not None else frozenset()
    subject = crypto.words(name or "") & crypto.COMPARED_PARTNER_SUBJECTS
    return label if subject and partner & crypto.COMPARED_PARTNER_WORDS else None


def _strength(expr: ast.expr, semantic: SemanticModel) -> tuple[int, str]:
    if _is_hmac_digest(expr, semantic):
        return STRONG, "an HMAC digest"
    name = crypto.identifier_of(expr)
    if name is None or _is_header_name_only(expr) or _is_other_call(expr):
        return 0, ""
    found = crypto.words(name)
    if found & crypto.COMPARED_NON_SECRET_WORDS:
        return 0, ""
    label = f"secret `{name}`"
    secret = found & crypto.COMPARED_SECRET_WORDS
    qualified = bool(found & crypto.COMPARED_KEY_QUALIFIERS)
    if secret - crypto.COMPARED_WEAK_WORDS or (qualified and (secret or "key" in found)):
        return STRONG, label
    if secret and not _is_constant_reference(expr):
        return WEAK, label
    return 0, ""


def _is_other_call(expr: ast.expr) -> bool:
    """A call other than `mapping.get("key")`: its name says what it does, not what it returns."""
    return isinstance(expr, ast.Call) and not (
        isinstance(expr.func, ast.Attribute) and expr.func.attr in {"get", "getlist", "pop"}
    )


def _is_constant_reference(expr: ast.expr) -> bool:
    """A name or attribute that looks like a constant or enum member (not `settings.API_TOKEN`)."""
    if isinstance(expr, ast.Name):
        return _looks_constant(expr.id)
    if isinstance(expr, ast.Attribute):
        base = expr.value
        if isinstance(base, ast.Name) and base.id.lower() in crypto.CONFIGURATION_OBJECTS:
            return False
        return _looks_constant(expr.attr)
    return False


def _looks_constant(name: str) -> bool:
    """`TOKEN_BLOCK_BEGIN`, `Keyword`: a constant, an enum member or a class."""
    return name.isupper() or name[:1].isupper()


def _is_hmac_digest(expr: ast.expr, semantic: SemanticModel, depth: int = 0) -> bool:
    if isinstance(expr, ast.Name) and depth < 2:
        values = semantic.assigned_values(expr)
        return bool(values) and all(
            v is not None and _is_hmac_digest(v, semantic, depth + 1) for v in values or ()
        )
    if isinstance(expr, ast.BinOp):  # "sha256=" + hmac.new(...).hexdigest()
        return _is_hmac_digest(expr.left, semantic, depth) or _is_hmac_digest(
            expr.right, semantic, depth
        )
    if not isinstance(expr, ast.Call):
        return False
    func = expr.func
    if semantic.qualified_name(func) in crypto.HMAC_CALLS:
        return True  # hmac.digest(key, msg, "sha256")
    if isinstance(func, ast.Attribute) and func.attr in crypto.SECRET_DIGEST_METHODS:
        receiver = func.value
        if isinstance(receiver, ast.Call):
            return semantic.qualified_name(receiver.func) in crypto.HMAC_CALLS
        return _is_hmac_digest(receiver, semantic, depth + 1)
    return False


def _is_header_name_only(expr: ast.expr) -> bool:
    """`headers.get("X-Token")` is a value, but the literal "X-Token" on its own is a name."""
    return isinstance(expr, ast.Constant)


def _is_sentinel(expr: ast.expr, semantic: SemanticModel) -> bool:
    if isinstance(expr, ast.Call) and semantic.qualified_name(expr.func) == "builtins.len":
        return True
    value = _class_constant(expr, semantic)
    if value is UNKNOWN:
        value = semantic.literal_value(expr)
    if value is None or isinstance(value, bool | int | float):
        return True
    if isinstance(value, str | bytes):
        return len(value) < crypto.MIN_SECRET_LITERAL_LENGTH or (
            (b" " if isinstance(value, bytes) else " ") in value  # type: ignore[operator]
        )
    if isinstance(value, tuple | list | dict | set | frozenset):
        return not value
    return isinstance(expr, ast.Name | ast.Attribute) and _is_constant_name(expr, semantic)


def _class_constant(expr: ast.expr, semantic: SemanticModel) -> object:
    """`self.reset_url_token` where the class body says `reset_url_token = "set-password"`."""
    if not (
        isinstance(expr, ast.Attribute)
        and isinstance(expr.value, ast.Name)
        and expr.value.id in {"self", "cls"}
    ):
        return UNKNOWN
    for ancestor in semantic.ancestors(expr):
        if isinstance(ancestor, ast.ClassDef):
            for stmt in ancestor.body:
                if isinstance(stmt, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == expr.attr for t in stmt.targets
                ):
                    return semantic.literal_value(stmt.value)
            return UNKNOWN
    return UNKNOWN


def _is_sync(node: ast.Compare, semantic: SemanticModel) -> bool:
    """`if stored != current: stored = current` keeps two copies in step; nothing is checked."""
    parent = semantic.parent(node)
    if not isinstance(parent, ast.If) or parent.test is not node or parent.orelse:
        return False
    sides = {ast.dump(node.left), *(ast.dump(c) for c in node.comparators)}
    return all(
        isinstance(stmt, ast.Assign) and ast.dump(stmt.value) in sides for stmt in parent.body
    )


def _is_constant_name(expr: ast.Name | ast.Attribute, semantic: SemanticModel) -> bool:
    """`TokenType.TEXT`, `Status.OK`: an enum or constant, unless it is itself a strong secret."""
    return _is_constant_reference(expr) and _strength(expr, semantic)[0] != STRONG


def _is_confirmation(left: ast.expr, right: ast.expr) -> bool:
    names = [crypto.identifier_of(left), crypto.identifier_of(right)]
    if None in names:
        return False
    found = [crypto.words(n or "") for n in names]
    one_password = any(f & crypto.PASSWORD_WORDS for f in found)
    return one_password and any(f & crypto.CONFIRMATION_WORDS for f in found)


def _in_equality_method(node: ast.AST, semantic: SemanticModel) -> bool:
    """`__eq__` compares objects, not a user's guess with a secret."""
    return semantic.enclosing_symbol(node).rsplit(".", 1)[-1] in crypto.EQUALITY_METHODS


def _in_assert(node: ast.AST, semantic: SemanticModel) -> bool:
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.Assert):
            return True
        if isinstance(ancestor, ast.stmt):
            return False
    return False


RULE = Rule(
    code="SEC206",
    name="secret-compared-with-equality",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    cwe=(208,),
    owasp=("A02:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Compare,),
    check=check,
)
