"""# Password hashed with a fast hash

## What it does
Finds passwords hashed with a general-purpose hash function: `hashlib.md5/sha1/sha256/sha512/
blake2b(...)`, `hashlib.new("md5", ...)` (the algorithm name resolved through constants) or a hash
object's `.update(...)`, applied to a value named like a password (`password`, `passwd`, `pwd`,
`passphrase`, `pin`, `user.password`, `request.form["password"]`). A fast hash inside a key
derivation function (`hashlib.pbkdf2_hmac`, `hashlib.scrypt`, `bcrypt.hashpw`, `bcrypt.checkpw`,
`argon2.PasswordHasher().hash`) is pre-hashing and is not reported, also when the pre-hash is first
kept in a local variable that the same function only ever hands to such a KDF
(`prehashed = b64encode(sha256(pw).digest()); bcrypt.hashpw(prehashed, salt)`); nor is the
SHA-1 prefix sent to the Have I Been Pwned range API.

It also reads configuration: a Django `PASSWORD_HASHERS` setting whose first entry (the hasher used
for every new password) is `MD5PasswordHasher`, `UnsaltedMD5PasswordHasher`, `SHA1PasswordHasher`,
`UnsaltedSHA1PasswordHasher` or `CryptPasswordHasher`, and a passlib `CryptContext` whose default
scheme (`default=`, else the first of `schemes=`) is `md5_crypt`, `des_crypt`, `hex_sha256` or
another fast scheme, or a direct `passlib.hash.md5_crypt.hash(...)`. A weak hasher kept *after* the
first entry only verifies old hashes and upgrades them at the next login, so it is reported with low
severity: until every user has logged in again, those old hashes remain crackable in a database
dump. Settings modules named for development or tests (`settings/test.py`) are quiet, since a fast
hasher is the usual way to speed up a test suite.

## Why it matters
MD5, SHA-1 and even SHA-256 are designed to be fast: one GPU computes billions of them per second,
so a leaked table of fast password hashes is cracked in hours, salted or not. Password hashes must
be slow and memory-hard on purpose, with a work factor you can raise over time.

## Example
```python
import hashlib

def create_user(username, password):
    digest = hashlib.sha256(password.encode()).hexdigest()
    User.objects.create(username=username, password_hash=digest)
```

## Use instead
```python
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

hasher = PasswordHasher()  # argon2id, t=3, m=64 MiB, p=4

def create_user(username: str, password: str) -> None:
    User.objects.create(username=username, password_hash=hasher.hash(password))

def check_login(user: User, password: str) -> bool:
    try:
        hasher.verify(user.password_hash, password)
    except VerifyMismatchError:
        return False
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hasher.hash(password)
        user.save(update_fields=["password_hash"])
    return True
```
In Django, use the built-in `make_password` / `check_password` with
`PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher", ...]`.

## Alternatives and trade-offs
- **argon2id** (OWASP's first choice; m=19 MiB, t=2, p=1 minimum): memory-hard, resists GPUs and
  ASICs; needs the `argon2-cffi` C extension.
- **scrypt** (N=2^17, r=8, p=1): memory-hard and in the standard library (`hashlib.scrypt`), but its
  parameters are easy to get wrong and it has no standard encoded format.
- **bcrypt** (cost 12+): battle-tested and everywhere, but truncates passwords at 72 bytes and is
  not memory-hard.
- **PBKDF2-HMAC-SHA256** (600,000 iterations): FIPS-140 approved and in the standard library; the
  weakest against GPUs, so only when compliance requires it.
- Upgrading legacy hashes: Django's documented "wrapped" hashers (`PBKDF2WrappedSHA1PasswordHasher`)
  re-hash every old digest at once instead of waiting for each user's next login.

## Libraries
`argon2-cffi`, `bcrypt`, `pwdlib` (modern FastAPI default), `passlib` / `libpass` (`CryptContext`
with automatic upgrades), Django's `django.contrib.auth.hashers`.

## References
- https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
- https://docs.djangoproject.com/en/stable/topics/auth/passwords/#password-upgrading
- https://cwe.mitre.org/data/definitions/916.html
- https://cwe.mitre.org/data/definitions/328.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks import crypto
from scrutiny.frameworks.settings import settings_kind
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel

FIX = (
    "hash passwords with argon2id (argon2-cffi), bcrypt or Django's make_password, not a bare hash"
)


def check(node: ast.Call | ast.Assign, ctx: RuleContext) -> None:
    if isinstance(node, ast.Assign):
        _check_hashers_setting(node, ctx)
        return
    qualified = ctx.semantic.qualified_name(node.func)
    if qualified in crypto.PASSLIB_CONTEXTS:
        _check_passlib_context(node, ctx)
    elif qualified is not None and _is_passlib_weak_hash(qualified):
        ctx.report(
            node,
            f"password hashed with passlib's `{qualified.split('.')[-2]}`, a fast or broken scheme "
            "that a leaked hash table cannot survive",
            fix=FIX,
        )
    else:
        _check_hash_call(node, qualified, ctx)


# -- hashlib --------------------------------------------------------------------------------


def _check_hash_call(node: ast.Call, qualified: str | None, ctx: RuleContext) -> None:
    algorithm = crypto.password_hash_algorithm(node, qualified, ctx.semantic)
    if algorithm is None:
        return
    ctx.report(
        node,
        f"password hashed with {algorithm}, a fast hash: a leaked table of such hashes is cracked "
        "in hours on a GPU",
        fix=FIX,
    )


def _keyword(node: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in node.keywords if k.arg == name), None)


# -- configuration --------------------------------------------------------------------------


def _check_hashers_setting(node: ast.Assign, ctx: RuleContext) -> None:
    if not any(_is_hashers_target(t) for t in node.targets):
        return
    if settings_kind(ctx.semantic.module) == "development":
        return
    if not isinstance(node.value, ast.List | ast.Tuple):
        return
    for index, element in enumerate(node.value.elts):
        path = ctx.semantic.literal_value(element)
        if not isinstance(path, str) or path.rsplit(".", 1)[-1] not in crypto.WEAK_DJANGO_HASHERS:
            continue
        hasher = path.rsplit(".", 1)[-1]
        if index == 0:
            ctx.report(
                element,
                f"PASSWORD_HASHERS uses {hasher} for new passwords: a fast hash that a leaked "
                "user table cannot survive",
                fix="put Argon2PasswordHasher (or PBKDF2PasswordHasher) first in PASSWORD_HASHERS",
            )
        else:
            ctx.report(
                element,
                f"PASSWORD_HASHERS still accepts {hasher}: old hashes stay crackable until each "
                "user logs in again",
                fix="upgrade legacy hashes in bulk with a wrapped hasher, then remove this entry",
                severity=Severity.LOW,
                confidence=Confidence.MEDIUM,
            )


def _is_hashers_target(target: ast.expr) -> bool:
    if isinstance(target, ast.Name):
        return target.id == crypto.DJANGO_HASHERS_SETTING
    return isinstance(target, ast.Attribute) and target.attr == crypto.DJANGO_HASHERS_SETTING


def _check_passlib_context(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    schemes_expr = node.args[0] if node.args else _keyword(node, "schemes")
    if schemes_expr is None:
        return
    schemes = semantic.literal_value(schemes_expr)
    if isinstance(schemes, str):
        schemes = [s.strip() for s in schemes.split(",")]
    if not isinstance(schemes, list | tuple) or not schemes:
        return
    schemes = [s for s in schemes if isinstance(s, str)]
    if not schemes:
        return
    default_expr = _keyword(node, "default")
    default = semantic.literal_value(default_expr) if default_expr is not None else schemes[0]
    deprecated = _deprecated_schemes(node, semantic, list(schemes), default)
    for scheme in schemes:
        if scheme not in crypto.WEAK_PASSLIB_SCHEMES:
            continue
        if scheme == default:
            ctx.report(
                node,
                f"passlib CryptContext hashes new passwords with `{scheme}`, a fast or broken "
                "scheme that a leaked hash table cannot survive",
                fix="make argon2 or bcrypt the first scheme and mark the old ones deprecated",
            )
        elif scheme not in deprecated:
            ctx.report(
                node,
                f"passlib CryptContext accepts `{scheme}` without deprecating it: old hashes are "
                "never upgraded",
                fix='add deprecated="auto" so old hashes are replaced at the next login',
                severity=Severity.LOW,
                confidence=Confidence.MEDIUM,
            )


def _deprecated_schemes(
    node: ast.Call, semantic: SemanticModel, schemes: list[object], default: object
) -> set[object]:
    expr = _keyword(node, "deprecated")
    if expr is None:
        return set()
    value = semantic.literal_value(expr)
    if value == "auto":
        return {s for s in schemes if s != default}
    if isinstance(value, str):
        return {s.strip() for s in value.split(",")}
    if isinstance(value, list | tuple):
        return {s for s in value if isinstance(s, str)}
    return set()


def _is_passlib_weak_hash(qualified: str) -> bool:
    parts = qualified.rsplit(".", 2)
    return (
        len(parts) == 3
        and parts[0] == crypto.PASSLIB_HASH_MODULE
        and parts[1] in crypto.WEAK_PASSLIB_SCHEMES
        and parts[2] in crypto.PASSLIB_HASH_METHODS
    )


RULE = Rule(
    code="SEC205",
    name="weak-password-hash",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(916, 328),
    owasp=("A02:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call, ast.Assign),
    check=check,
)
