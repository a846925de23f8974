"""# Predictable random numbers used for a secret

## What it does
Finds values from the `random` module (`random()`, `randint`, `choice`, `choices`, `sample`,
`shuffle`, `getrandbits`, `randbytes`, `uniform`, `randrange`...), from `random.Random()`
instances and from `numpy.random` that become secrets. The use decides: the value is reported when
it is assigned to, stored under, returned from or passed into something named like a secret
(`token`, `secret`, `password`, `otp`, `nonce`, `salt`, `session`, `csrf`, `api_key`, a `code`
or `key` next to `reset`, `verify`, `confirm`, `activation`, `api`...), including through
`"".join(...)`, f-strings, `str()` and one intermediate variable, or when it is passed to
`set_cookie`. A single pick among a few short constants (`random.choice(["a", "b"])`, an A/B
bucket or a theme) is not a token: storing it in a cookie does not make it a secret, only a name
that says so (`token`, `secret`...) does. It stays quiet for games, shuffles, sampling, jitter
and backoff (`time.sleep(random.uniform(1, 3))`), test data and simulations, and for
`random.SystemRandom()`, which draws from the operating system.

## Why it matters
`random` is a Mersenne Twister: fast and statistically good, but fully predictable. 624 observed
32-bit outputs (a few hundred tokens, or fewer with `getrandbits`) reconstruct its internal state,
after which every past and future value is known: the next password-reset code, session id or API
key can be computed instead of guessed. Its default seed can also be narrowed down from the process
start time.

## Example
```python
import random
import string

def make_reset_code() -> str:
    return "".join(random.choice(string.digits) for _ in range(6))

def new_api_key() -> str:
    return "%032x" % random.getrandbits(128)
```

## Use instead
```python
import secrets
import string

def make_reset_code() -> str:
    return "".join(secrets.choice(string.digits) for _ in range(6))

def new_api_key() -> str:
    return secrets.token_urlsafe(32)
```

## Alternatives and trade-offs
- `secrets.token_urlsafe(n)` / `token_hex(n)` / `token_bytes(n)`: the right default for tokens,
  keys and session ids (32 bytes is plenty).
- `secrets.choice` / `secrets.randbelow` for codes from an alphabet (OTPs, recovery codes).
- `random.SystemRandom()` has the `random` API on top of `os.urandom`: a drop-in replacement for
  code that needs `sample` or `shuffle`.
- `uuid.uuid4()` is random (122 bits from `os.urandom`) and fine as an unguessable identifier, but
  its fixed format wastes bits and some libraries' UUIDs are not v4: prefer `secrets` for secrets.
  `uuid.uuid1()` is time-based and guessable.
- Framework helpers: Django's `get_random_string()` and `PasswordResetTokenGenerator`, Flask's
  `secrets`-based session signing, `pyotp.random_base32()` for TOTP seeds.

## Libraries
Standard library `secrets` and `random.SystemRandom`; `pyotp`, Django's
`django.utils.crypto.get_random_string`, `itsdangerous`.

## References
- https://docs.python.org/3/library/secrets.html
- https://docs.python.org/3/library/random.html (the warning at the top)
- https://cwe.mitre.org/data/definitions/330.html
- https://cwe.mitre.org/data/definitions/338.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks import crypto
from scrutiny.rule import Rule
from scrutiny.semantic.model import UNKNOWN, SemanticModel

FOLLOW = 2  # `digits = [...]; code = "".join(digits); send_sms(phone, code)`
FIX = "use the secrets module (secrets.token_urlsafe, secrets.choice) or random.SystemRandom()"


def check(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    source = _predictable_source(node, semantic)
    if source is None:
        return
    ignored = crypto.STORAGE_WORDS if _is_constant_pick(node, semantic) else frozenset()
    purpose = _secret_purpose(node, semantic, ignored)
    if purpose is None:
        return
    ctx.report(
        node,
        f"{source} is predictable but makes `{purpose}`: an attacker who sees a few outputs can "
        "compute the next ones",
        fix=FIX,
    )


def _predictable_source(node: ast.Call, semantic: SemanticModel) -> str | None:
    qualified = semantic.qualified_name(node.func)
    if qualified is not None:
        module, _, function = qualified.rpartition(".")
        if module in crypto.RANDOM_MODULES and function in crypto.RANDOM_FUNCTIONS | (
            crypto.NUMPY_RANDOM_METHODS if module == "numpy.random" else frozenset()
        ):
            return f"{module}.{function}()"
    func = node.func
    if not isinstance(func, ast.Attribute):
        return None
    method = func.attr
    if method not in crypto.RANDOM_FUNCTIONS | crypto.NUMPY_RANDOM_METHODS:
        return None
    generator = _generator_constructor(func.value, semantic)
    return None if generator is None else f"{generator}().{method}()"


def _generator_constructor(expr: ast.expr, semantic: SemanticModel) -> str | None:
    if isinstance(expr, ast.Name):
        values = semantic.assigned_values(expr)
        if not values or len(values) != 1 or values[0] is None:
            return None
        expr = values[0]
    elif (
        isinstance(expr, ast.Attribute)
        and isinstance(expr.value, ast.Name)
        and expr.value.id == "self"
    ):
        return _self_generator(expr, semantic)
    if isinstance(expr, ast.Call):
        qualified = semantic.qualified_name(expr.func)
        if qualified in crypto.PREDICTABLE_GENERATORS:
            return qualified
    return None


def _self_generator(expr: ast.Attribute, semantic: SemanticModel) -> str | None:
    for (klass, name), values in semantic.attribute_values.items():
        if name != expr.attr or not _inside(expr, klass, semantic):
            continue
        for value in values:
            if isinstance(value, ast.Call):
                qualified = semantic.qualified_name(value.func)
                if qualified in crypto.PREDICTABLE_GENERATORS:
                    return qualified
    return None


def _inside(node: ast.AST, klass: ast.ClassDef, semantic: SemanticModel) -> bool:
    return any(ancestor is klass for ancestor in semantic.ancestors(node))


def _is_constant_pick(node: ast.Call, semantic: SemanticModel) -> bool:
    """`random.choice(["a", "b"])`: one pick among a few short constants, not built into a
    longer value by a loop or a comprehension."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name not in crypto.PICK_FUNCTIONS or not node.args:
        return False
    options = _constant_options(node.args[0], semantic)
    if options is None or not 2 <= len(options) <= crypto.PICK_MAX_OPTIONS:
        return False
    if not all(_is_short_constant(option) for option in options):
        return False
    loops = (ast.For, ast.AsyncFor, ast.While, ast.comprehension)
    return not any(isinstance(a, loops) for a in semantic.ancestors(node))


def _constant_options(expr: ast.expr, semantic: SemanticModel) -> list[object] | None:
    value = semantic.literal_value(expr)
    if value is UNKNOWN and isinstance(expr, ast.Name):
        assigned = semantic.assigned_values(expr)
        if assigned and len(assigned) == 1 and assigned[0] is not None:
            value = semantic.literal_value(assigned[0])
    if isinstance(value, list | tuple | set | frozenset):
        return list(value)
    return None


def _is_short_constant(option: object) -> bool:
    if isinstance(option, str):
        return len(option) <= crypto.PICK_MAX_LENGTH
    return isinstance(option, int | float)


def _secret_purpose(node: ast.Call, semantic: SemanticModel, ignored: frozenset[str]) -> str | None:
    """The secret-looking name the random value ends up in, or None."""
    names, returned = crypto.destinations(node, semantic.parents, follow=FOLLOW)
    function = semantic.enclosing_symbol(node).rsplit(".", 1)[-1]
    if returned and function:
        names.append(function)
    context = [*names, function] if function else names
    if crypto.all_words(context) & crypto.NON_SECRET_WORDS:
        return None
    if _goes_to_sleep(node, semantic):
        return None
    for name in names:
        if _is_secret_name(name, ignored):
            return name
    # `code = ...; send_verification_sms(phone, code)`: the code and its purpose in two names
    found = crypto.all_words(names)
    if crypto.CODE_WORD in found and found & crypto.CODE_QUALIFIERS:
        return crypto.CODE_WORD
    return None


def _is_secret_name(name: str, ignored: frozenset[str]) -> bool:
    found = crypto.words(name) - ignored
    if found & crypto.SECRET_WORDS:
        return True
    return bool(found & crypto.CODE_WORDS and found & crypto.CODE_QUALIFIERS)


def _goes_to_sleep(node: ast.AST, semantic: SemanticModel) -> bool:
    for ancestor in semantic.ancestors(node):
        if (
            isinstance(ancestor, ast.Call)
            and semantic.qualified_name(ancestor.func) in crypto.SAFE_SLEEPS
        ):
            return True
        if isinstance(ancestor, ast.stmt):
            return False
    return False


RULE = Rule(
    code="SEC210",
    name="insecure-randomness",
    severity=Severity.HIGH,
    confidence=Confidence.MEDIUM,
    cwe=(330, 338),
    owasp=("A02:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call,),
    check=check,
)
