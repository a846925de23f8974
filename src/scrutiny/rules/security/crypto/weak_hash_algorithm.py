"""# Broken hash algorithm used for security

## What it does
Finds MD5 and SHA-1 used where collision or preimage resistance matters: `hashlib.md5(...)`,
`hashlib.sha1(...)`, `hashlib.new("md5")` (the name resolved through constants), pycryptodome's
`Crypto.Hash.MD5.new` / `SHA1.new`, and `cryptography`'s `hashes.MD5()` / `hashes.SHA1()`. The use
decides: the hash is reported when what it produces is named or used like a security value (it is
stored in or returned from something called `token`, `signature`, `sign_*`, `verify_*`, `session`,
`nonce`, `csrf`, `reset`, `api_key`..., passed to a `sign()` / `verify()` call, or computed over a
secret), and quiet when it is a cache key, an ETag, a checksum, a fingerprint, a Gravatar URL or a
content address, when `usedforsecurity=False` is passed, and when the purpose cannot be told.
Passwords hashed with MD5 or SHA-1 are reported by SEC205 instead. HMAC-MD5 and HMAC-SHA1
(`hmac.new(key, msg, "sha1")`) are not reported: HMAC does not rely on collision resistance and
both remain unbroken as MACs, though SHA-256 is the better default.

## Why it matters
MD5 collisions take seconds on a laptop and SHA-1 collisions (SHAttered, 2017; chosen-prefix in
2020) are within reach of a motivated attacker. A token derived from `md5(user_id + timestamp)` is
guessable; a signature over an MD5 or SHA-1 digest can be transplanted to a second document with
the same digest; an "integrity check" with MD5 on attacker-supplied data proves nothing.

## Example
```python
import hashlib

def make_reset_token(user):
    raw = f"{user.pk}:{user.email}:{SECRET_KEY}"
    return hashlib.md5(raw.encode()).hexdigest()
```

## Use instead
```python
import hashlib
import hmac
import secrets

def make_reset_token(user) -> str:
    return secrets.token_urlsafe(32)  # store sha256(token) server-side, with an expiry

def sign(message: bytes, key: bytes) -> str:
    return hmac.new(key, message, hashlib.sha256).hexdigest()

def cache_key(url: str) -> str:  # not security: say so
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
```

## Alternatives and trade-offs
- **SHA-256 / SHA-512** (`hashlib.sha256`): the default for integrity and signatures; SHA-512 is
  faster on 64-bit CPUs.
- **BLAKE2b** (`hashlib.blake2b(key=...)`): faster than MD5, keyed mode replaces HMAC.
- **SHA-3** where a different construction is required by policy.
- **HMAC-SHA256** (`hmac.new(key, msg, hashlib.sha256)`) for anything that must not be forged;
  a bare hash of a secret and a message (`sha256(secret + msg)`) is open to length extension.
- For tokens, do not hash anything: `secrets.token_urlsafe(32)` is unguessable by construction;
  Django's `PasswordResetTokenGenerator` or `itsdangerous` give signed, expiring tokens.
- For non-security uses, keep MD5 if you need its speed or format, and pass
  `usedforsecurity=False` (Python 3.9+): it documents intent and keeps FIPS-mode systems working.

## Libraries
Standard library `hashlib`, `hmac` and `secrets`; `cryptography` (`hashes.SHA256()`), `pycryptodome`
(`Crypto.Hash.SHA256`), `itsdangerous`, `django.core.signing`.

## References
- https://shattered.io/
- https://www.kb.cert.org/vuls/id/836068
- https://docs.python.org/3/library/hashlib.html#hashlib.new
- https://cwe.mitre.org/data/definitions/328.html
- https://cwe.mitre.org/data/definitions/327.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks import crypto
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel

FIX = "use SHA-256 (or HMAC-SHA256 for signatures, secrets.token_urlsafe for tokens)"


def check(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    qualified = semantic.qualified_name(node.func)
    algorithm = _weak_algorithm(node, qualified, semantic)
    if algorithm is None or _not_for_security(node, semantic):
        return
    data = crypto.hashed_data(node, semantic)
    if data is not None and crypto.hashes_password(node, data, semantic):
        return  # passwords are SEC205's
    purpose = _security_purpose(node, semantic)
    if purpose is None:
        return
    ctx.report(
        node,
        f"{algorithm.upper()} used for {purpose}: a broken hash (practical collisions), "
        "deprecated by NIST for every security use",
        fix=FIX,
    )


def _weak_algorithm(node: ast.Call, qualified: str | None, semantic: SemanticModel) -> str | None:
    if qualified in crypto.WEAK_HASH_CLASSES:
        return crypto.WEAK_HASH_CLASSES[qualified]
    if qualified not in crypto.FAST_HASHES and qualified != crypto.HASH_BY_NAME:
        return None
    algorithm = crypto.hash_algorithm(node, qualified, semantic)
    return algorithm if algorithm in crypto.WEAK_HASH_ALGORITHMS else None


def _not_for_security(node: ast.Call, semantic: SemanticModel) -> bool:
    flag = crypto.keyword_value(node, crypto.USED_FOR_SECURITY_KEYWORD)
    return flag is not None and semantic.literal_value(flag) is False


def _security_purpose(node: ast.Call, semantic: SemanticModel) -> str | None:
    """What security purpose the hash serves, read from where its value goes; None if none."""
    targets, _returned = crypto.destinations(node, semantic.parents)
    names = list(targets)
    function = semantic.enclosing_symbol(node).rsplit(".", 1)[-1]
    if function:
        names.append(function)
    used = crypto.all_words(names)
    if used & crypto.HASH_NON_SECURITY_WORDS:
        return None
    purpose = used & (crypto.HASH_SECURITY_WORDS | crypto.SIGNING_METHODS)
    if purpose:
        return _describe(purpose)
    hashed = crypto.all_words(_input_names(node))
    if hashed & crypto.HASH_NON_SECURITY_WORDS:
        return None
    secret_input = hashed & {"secret", "key", "secretkey", "private", "salt", "token"}
    if secret_input:
        return "hashing a secret"
    return None


def _describe(purpose: frozenset[str]) -> str:
    for word in ("signature", "sign", "signed", "signing", "verify", "token", "session", "nonce"):
        if word in purpose:
            return {"sign": "signing", "signed": "signing", "verify": "verification"}.get(
                word, f"a {word}" if word != "signing" else word
            )
    return f"a security value ({sorted(purpose)[0]})"


def _input_names(node: ast.Call) -> list[str]:
    found: list[str] = []
    for arg in node.args:
        for sub in ast.walk(arg):
            if isinstance(sub, ast.Name | ast.Attribute | ast.Subscript):
                name = crypto.identifier_of(sub)
                if name is not None:
                    found.append(name)
    return found


RULE = Rule(
    code="SEC208",
    name="weak-hash-algorithm",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    cwe=(328, 327),
    owasp=("A02:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call,),
    check=check,
)
