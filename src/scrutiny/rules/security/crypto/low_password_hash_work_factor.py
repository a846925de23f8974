"""# Password hash with a low work factor

## What it does
Finds password hashing configured below the OWASP Password Storage Cheat Sheet's minimums, with the
numbers resolved through constants and arithmetic (`ROUNDS = 10`, `2**14`, `100_000`):

- bcrypt: `bcrypt.gensalt(rounds=N)` with N < 12, `pwdlib.hashers.bcrypt.BcryptHasher(rounds=N)`,
  passlib `bcrypt.using(rounds=N)` and Flask-Bcrypt's `BCRYPT_LOG_ROUNDS`;
- PBKDF2: `hashlib.pbkdf2_hmac(hash, ..., iterations)`, `django.utils.crypto.pbkdf2`, and
  `cryptography`'s `PBKDF2HMAC` below 600,000 iterations for SHA-256, 1,300,000 for SHA-1 and
  210,000 for SHA-512; passlib `pbkdf2_sha256.using(rounds=N)` and `CryptContext(...,
  pbkdf2_sha256__rounds=N)`;
- scrypt: `hashlib.scrypt(n=..., p=...)` and `cryptography`'s `Scrypt` below OWASP's table
  (N=2^17 with p=1, N=2^16 with p=2, ... N=2^13 with p=10);
- argon2: `argon2.PasswordHasher` and `pwdlib`'s `Argon2Hasher` whose memory is below OWASP's
  minimum for its time cost (47 MiB at t=1, 19 MiB at t=2, 12 MiB at t=3, 9 MiB at t=4, 7 MiB at
  t=5), with argon2-cffi's defaults for the parameter that is not given;
- Django hasher subclasses (`class MyHasher(PBKDF2PasswordHasher): iterations = 100_000`),
  including `BCryptSHA256PasswordHasher.rounds`, `ScryptPasswordHasher.work_factor` and
  `Argon2PasswordHasher.time_cost` / `memory_cost`.

Settings modules named for development or tests, and classes and functions named for testing
(`class TestingConfig`), are quiet: a low cost is the usual way to keep a test suite fast.

## Why it matters
The work factor is the only thing that makes a password hash slow for an attacker with a leaked
database. Each halving of the cost doubles the guesses per second: bcrypt at cost 8 is 16 times
cheaper to attack than at cost 12, and PBKDF2 at 10,000 iterations is 60 times cheaper than at the
recommended 600,000.

## Example
```python
import bcrypt
import hashlib

ITERATIONS = 100_000

def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=8))

def derive(password: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password, salt, ITERATIONS)
```

## Use instead
```python
import bcrypt
import hashlib

PBKDF2_ITERATIONS = 600_000  # OWASP 2023 for PBKDF2-HMAC-SHA256; revisit every year

def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))

def derive(password: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password, salt, PBKDF2_ITERATIONS)
```
Measure the cost on your production hardware: aim for the highest cost that keeps one hash under
about 250 ms, and store the parameters with each hash so you can raise them later and re-hash at
the next login.

## Alternatives and trade-offs
- **argon2id** (`argon2.PasswordHasher()`, defaults t=3, m=64 MiB, p=4) is the first choice: the
  memory cost blunts GPUs; the price is memory per concurrent login.
- **bcrypt** cost 12 costs about 250 ms on a server core; cost 10 is OWASP's floor for legacy
  systems. Passwords beyond 72 bytes are truncated.
- **scrypt** N=2^17, r=8, p=1 uses 128 MiB; trade memory for CPU with the OWASP table.
- **PBKDF2** is the FIPS option, and the weakest against GPUs: keep its iteration count high.
- Lower costs in test settings only (`PASSWORD_HASHERS = ["...MD5PasswordHasher"]` in
  `settings/test.py`), never in shared code.

## Libraries
`argon2-cffi`, `bcrypt`, `pwdlib`, `passlib` / `libpass`, `cryptography` (`PBKDF2HMAC`, `Scrypt`),
Django's hashers, `Flask-Bcrypt`.

## References
- https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
- https://docs.djangoproject.com/en/stable/topics/auth/passwords/
- https://argon2-cffi.readthedocs.io/en/stable/parameters.html
- https://cwe.mitre.org/data/definitions/916.html
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
    "raise the cost to the OWASP minimum (bcrypt 12, PBKDF2-SHA256 600,000, argon2id m=19 MiB t=2)"
)
TEST_WORDS = frozenset({"test", "tests", "testing", "dev", "development", "local", "debug", "ci"})


def check(node: ast.Call | ast.ClassDef | ast.Assign, ctx: RuleContext) -> None:
    before = len(ctx.findings)
    if isinstance(node, ast.ClassDef):
        _check_hasher_class(node, ctx)
    elif isinstance(node, ast.Assign):
        _check_config(node, ctx)
    else:
        _check_call(node, ctx)
    # development settings and test helpers may use cheap parameters on purpose; judged only
    # when something was found (most nodes are not password hashing at all)
    if len(ctx.findings) > before and (
        settings_kind(ctx.semantic.module) == "development" or _in_test_code(node, ctx.semantic)
    ):
        del ctx.findings[before:]


def _check_call(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    qualified = semantic.qualified_name(node.func)
    if qualified == crypto.BCRYPT_GENSALT or qualified in crypto.BCRYPT_HASHERS_WITH_ROUNDS:
        _check_bcrypt(node, _argument(node, 0, "rounds"), ctx)
    elif qualified == crypto.PBKDF2_HMAC:
        name = semantic.literal_value(_argument(node, 0, "hash_name") or ast.Constant(None))
        _check_pbkdf2(node, name, _argument(node, 3, "iterations"), ctx)
    elif qualified == crypto.DJANGO_PBKDF2:
        digest = _argument(node, 4, "digest")
        name = "sha256" if digest is None else _hash_reference(digest, semantic)
        _check_pbkdf2(node, name, _argument(node, 2, "iterations"), ctx)
    elif qualified == crypto.CRYPTOGRAPHY_PBKDF2:
        algorithm = _argument(node, 0, "algorithm")
        name = _hash_reference(algorithm, semantic) if algorithm is not None else None
        _check_pbkdf2(node, name, _argument(node, 3, "iterations"), ctx)
    elif qualified in crypto.SCRYPT_CALLS:
        _check_scrypt(node, qualified, ctx)
    elif qualified in crypto.ARGON2_DEFAULTS:
        time, memory = crypto.ARGON2_DEFAULTS[qualified]
        _check_argon2(
            node,
            _argument(node, 0, "time_cost"),
            _argument(node, 1, "memory_cost"),
            (time, memory),
            ctx,
        )
    elif qualified in crypto.PASSLIB_CONTEXTS:
        _check_passlib_context(node, ctx)
    elif isinstance(node.func, ast.Attribute) and node.func.attr == "using":
        _check_passlib_using(node, ctx)


def _argument(node: ast.Call, position: int, keyword: str) -> ast.expr | None:
    for item in node.keywords:
        if item.arg == keyword:
            return item.value
    if len(node.args) > position and not any(isinstance(a, ast.Starred) for a in node.args):
        return node.args[position]
    return None


def _number(expr: ast.expr | None, semantic: SemanticModel) -> int | None:
    return None if expr is None else crypto.fold_number(expr, semantic)


def _hash_reference(expr: ast.expr, semantic: SemanticModel) -> str | None:
    """`hashlib.sha1` or `hashes.SHA256()` -> the algorithm name."""
    target = expr.func if isinstance(expr, ast.Call) else expr
    qualified = semantic.qualified_name(target)
    if qualified in crypto.FAST_HASHES:
        return crypto.FAST_HASHES[qualified]
    return crypto.CRYPTOGRAPHY_HASH_CLASSES.get(qualified or "")


def _check_bcrypt(node: ast.AST, expr: ast.expr | None, ctx: RuleContext) -> None:
    rounds = _number(expr, ctx.semantic)
    if rounds is None or rounds >= crypto.BCRYPT_MIN_ROUNDS:
        return
    ctx.report(
        node,
        f"bcrypt cost {rounds} is below the recommended 12: each step down halves the work of "
        "cracking a leaked hash",
        fix=FIX,
        severity=Severity.MEDIUM if rounds < crypto.BCRYPT_HARD_MIN_ROUNDS else Severity.LOW,
    )


def _check_pbkdf2(node: ast.AST, name: object, expr: ast.expr | None, ctx: RuleContext) -> None:
    if not isinstance(name, str):
        return
    minimum = crypto.PBKDF2_MIN_ITERATIONS.get(name.lower().replace("-", ""))
    iterations = _number(expr, ctx.semantic)
    if minimum is None or iterations is None or iterations >= minimum:
        return
    ctx.report(
        node,
        f"PBKDF2-HMAC-{name.upper()} with {iterations:,} iterations is below OWASP's {minimum:,}: "
        "a leaked hash is cheap to brute-force",
        fix=FIX,
    )


def _check_scrypt(node: ast.Call, qualified: str, ctx: RuleContext) -> None:
    n_keyword, p_keyword = crypto.SCRYPT_CALLS[qualified]
    positional = qualified != "hashlib.scrypt"
    n = _number(_argument(node, 2 if positional else 99, n_keyword), ctx.semantic)
    p_expr = _argument(node, 4 if positional else 99, p_keyword)
    p = 1 if p_expr is None else _number(p_expr, ctx.semantic)
    if n is None or p is None or _scrypt_ok(n, p):
        return
    ctx.report(
        node,
        f"scrypt with N={n}, p={p} is below OWASP's minimum (N=2^17 with p=1): a leaked hash is "
        "cheap to brute-force",
        fix=FIX,
    )


def _scrypt_ok(n: int, p: int) -> bool:
    return any(n >= min_n and p >= min_p for min_n, min_p in crypto.SCRYPT_OWASP)


def _check_argon2(
    node: ast.AST,
    time_expr: ast.expr | None,
    memory_expr: ast.expr | None,
    defaults: tuple[int, int],
    ctx: RuleContext,
) -> None:
    time = defaults[0] if time_expr is None else _number(time_expr, ctx.semantic)
    memory = defaults[1] if memory_expr is None else _number(memory_expr, ctx.semantic)
    if time is None or memory is None or _argon2_ok(time, memory):
        return
    ctx.report(
        node,
        f"argon2 with time_cost={time}, memory_cost={memory} KiB is below OWASP's minimum "
        "(19 MiB with t=2): a leaked hash is cheap to brute-force",
        fix=FIX,
    )


def _argon2_ok(time: int, memory: int) -> bool:
    if time < 1:
        return False
    table = crypto.ARGON2_MIN_MEMORY_BY_TIME
    return memory >= table[min(time, max(table))]


def _check_passlib_using(node: ast.Call, ctx: RuleContext) -> None:
    assert isinstance(node.func, ast.Attribute)
    qualified = ctx.semantic.qualified_name(node.func.value) or ""
    module, _, scheme = qualified.rpartition(".")
    if module != crypto.PASSLIB_HASH_MODULE or scheme not in crypto.PASSLIB_MIN_ROUNDS:
        return
    for item in node.keywords:
        if item.arg in crypto.PASSLIB_ROUNDS_KEYWORDS:
            _check_rounds(node, scheme, item.value, ctx)


def _check_passlib_context(node: ast.Call, ctx: RuleContext) -> None:
    for item in node.keywords:
        scheme, _, setting = (item.arg or "").partition("__")
        if setting in crypto.PASSLIB_ROUNDS_KEYWORDS and scheme in crypto.PASSLIB_MIN_ROUNDS:
            _check_rounds(node, scheme, item.value, ctx)


def _check_rounds(node: ast.AST, scheme: str, expr: ast.expr, ctx: RuleContext) -> None:
    minimum = crypto.PASSLIB_MIN_ROUNDS[scheme]
    if minimum == crypto.BCRYPT_MIN_ROUNDS:
        _check_bcrypt(node, expr, ctx)
        return
    rounds = _number(expr, ctx.semantic)
    if rounds is not None and rounds < minimum:
        ctx.report(
            node,
            f"passlib {scheme} with {rounds:,} rounds is below OWASP's {minimum:,}: a leaked hash "
            "is cheap to brute-force",
            fix=FIX,
        )


def _check_hasher_class(node: ast.ClassDef, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    for base in node.bases:
        qualified = semantic.qualified_name(base)
        if qualified == crypto.DJANGO_ARGON2_HASHER:
            time = _class_attribute(node, "time_cost")
            memory = _class_attribute(node, "memory_cost")
            if time is not None or memory is not None:
                _check_argon2(node, time, memory, (2, 102_400), ctx)
        elif qualified in crypto.DJANGO_HASHER_MINIMUMS:
            attribute, minimum = crypto.DJANGO_HASHER_MINIMUMS[qualified]
            _check_django_attribute(node, attribute, minimum, ctx)


def _check_django_attribute(
    node: ast.ClassDef, attribute: str, minimum: int, ctx: RuleContext
) -> None:
    expr = _class_attribute(node, attribute)
    value = _number(expr, ctx.semantic)
    if expr is None or value is None or value >= minimum:
        return
    if minimum == crypto.BCRYPT_MIN_ROUNDS:
        _check_bcrypt(expr, expr, ctx)
        return
    ctx.report(
        expr,
        f"password hasher `{node.name}` sets {attribute} = {value:,}, below OWASP's {minimum:,}: "
        "a leaked hash is cheap to brute-force",
        fix=FIX,
    )


def _class_attribute(node: ast.ClassDef, name: str) -> ast.expr | None:
    for stmt in node.body:
        if isinstance(stmt, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in stmt.targets
        ):
            return stmt.value
    return None


def _check_config(node: ast.Assign, ctx: RuleContext) -> None:
    for target in node.targets:
        key: object = None
        if isinstance(target, ast.Name):
            key = target.id
        elif isinstance(target, ast.Subscript):
            key = ctx.semantic.literal_value(target.slice)
        if isinstance(key, str) and key in crypto.BCRYPT_CONFIG_KEYS:
            _check_bcrypt(node, node.value, ctx)


def _in_test_code(node: ast.AST, semantic: SemanticModel) -> bool:
    symbol = semantic.enclosing_symbol(node)
    return bool(crypto.words(symbol) & TEST_WORDS)


RULE = Rule(
    code="SEC207",
    name="low-password-hash-work-factor",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(916,),
    owasp=("A02:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call, ast.ClassDef, ast.Assign),
    check=check,
)
