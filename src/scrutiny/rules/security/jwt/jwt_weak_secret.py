"""# JWT signed or verified with a hard-coded or short HMAC secret

## What it does
Finds HMAC-signed JSON Web Tokens (HS256/384/512, or PyJWT's and python-jose's default HS256 when
`jwt.encode` names no algorithm) whose key is:

- a string or bytes literal written in the code, directly or through a module constant or a
  local variable (`SECRET = "change-me"`; `jwt.encode(payload, SECRET)`), reported on `encode`
  and `decode` alike;
- an environment read that falls back to a literal (`os.getenv("JWT_SECRET", "dev-secret")`),
  reported with medium confidence;
- random but shorter than the hash (`secrets.token_bytes(16)` for HS256): RFC 7518 §3.2 requires
  a key at least as long as the hash output (32 bytes for HS256, 48 for HS384, 64 for HS512).

Keys read from settings or the environment (`settings.SECRET_KEY`, `os.environ["JWT_SECRET"]`,
`app.config["JWT_SECRET_KEY"]`) are not reported, nor are asymmetric algorithms with keys loaded
from files, nor PEM public keys written in the code. Test files are quiet.

## Why it matters
With HMAC, the key that verifies a token is the key that mints one. A secret in the source code
is in every clone, fork, CI log and container image of the project: whoever has it can sign
`{"sub": "admin"}` (CWE-798). A short or guessable secret can be brute-forced offline from a
single captured token with `hashcat -m 16500`; word-list secrets like `secret` or `changeme` fall
in seconds (CWE-326).

## Example
```python
import jwt

SECRET = "my-jwt-secret"

def issue(user):
    return jwt.encode({"sub": user.id, "exp": expiry()}, SECRET, algorithm="HS256")
```

## Use instead
```python
import os
import jwt

# Generate once with `python -c "import secrets; print(secrets.token_urlsafe(64))"`
# and store it in the environment or a secret manager.
JWT_KEYS = {"2024-06": os.environ["JWT_SECRET_2024_06"]}   # kid -> secret, for rotation
CURRENT_KID = "2024-06"

def issue(user):
    return jwt.encode(
        {"sub": str(user.id), "exp": expiry()},
        JWT_KEYS[CURRENT_KID],
        algorithm="HS256",
        headers={"kid": CURRENT_KID},
    )

def verify(token):
    key = JWT_KEYS.get(jwt.get_unverified_header(token).get("kid"))
    if key is None:
        raise jwt.InvalidTokenError("unknown signing key")
    return jwt.decode(token, key, algorithms=["HS256"], options={"require": ["exp"]}, leeway=30)
```
Newer PyJWT versions can refuse short keys outright:
`jwt.PyJWT(options={"enforce_minimum_key_length": True})`.

## Alternatives and trade-offs
- RS256/ES256: the signing key stays with the issuer and verifiers only hold the public key, so a
  leaked verifier key cannot mint tokens; costs key management (JWKS, rotation by `kid`) and
  larger tokens. Ed25519 (`EdDSA`) gives small keys and fast signatures.
- A secret manager (AWS Secrets Manager, GCP Secret Manager, Vault) over plain environment
  variables gives audit logs and rotation, at the cost of a dependency at start-up.
- Django projects can derive a JWT key from `settings.SECRET_KEY`, but a dedicated key lets you
  rotate one without logging everyone out of the other.
- PASETO `v4.local`/`v4.public` keys are typed objects of a fixed size, which rules out short
  string secrets entirely.

## Libraries
PyJWT, authlib (`OctKey.generate_key(256)`), joserfc (`OctKey.generate_key(256)`), `pyseto`;
`django-environ`, `pydantic-settings` or `python-decouple` to read the secret; `secrets` (standard
library) to generate it.

## References
- https://www.rfc-editor.org/rfc/rfc7518.html#section-3.2
- https://www.rfc-editor.org/rfc/rfc8725.html#section-3.5
- https://pyjwt.readthedocs.io/en/stable/usage.html#encoding-decoding-tokens-with-hs256
- https://cwe.mitre.org/data/definitions/798.html
- https://cwe.mitre.org/data/definitions/326.html
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.jwt import (
    ALG_HEADER,
    ASYMMETRIC_KEY_PREFIXES,
    HMAC_MIN_KEY_BYTES,
    NONE_ALGORITHM,
    RANDOM_KEY_CALLS,
)
from scrutiny.frameworks.settings import ENV_READERS
from scrutiny.rule import Rule
from scrutiny.rules.security.jwt._common import (
    JwtCall,
    bound,
    dict_entries,
    fold_algorithms,
    fold_str,
    resolve,
    signature_disabled,
)
from scrutiny.semantic.model import UNKNOWN, SemanticModel

FIX = "read the key from the environment or a secret manager: at least 32 random bytes for HS256"
_ENCODERS = frozenset({"encode"})  # `"secret".encode()` is still the literal


@dataclass(frozen=True)
class Key:
    kind: str  # "literal" | "env-default" | "random"
    size: int  # bytes (of entropy, for random keys)


def check(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    call = bound(node, ctx.file)
    if call is None or signature_disabled(call, semantic) is not None:
        return
    key_expr = call.arg("key")
    if key_expr is None:
        return
    key = _key(key_expr, semantic)
    if key is None:
        return
    hmac = _hmac_algorithms(call, semantic)
    if hmac is None:
        return
    minimum = max((HMAC_MIN_KEY_BYTES[a] for a in hmac), default=HMAC_MIN_KEY_BYTES["HS256"])
    short = key.size < minimum
    if key.kind == "random" and not short:
        return
    unit = "byte" if key.size == 1 else "bytes"
    size = f"{key.size} {unit}, below the {minimum} that RFC 7518 requires for this hash"
    if key.kind == "literal":
        detail = f" ({size})" if short else ""
        message = (
            f"HMAC key is a hard-coded literal{detail}: anyone who can read the code can mint "
            "valid tokens"
        )
    elif key.kind == "env-default":
        message = (
            "HMAC key falls back to a hard-coded literal when the environment variable is "
            "unset: a deployment that forgets it signs tokens with a public secret"
        )
    else:
        message = f"HMAC key is {size}: short keys can be brute-forced from one token"
    ctx.report(
        node,
        message,
        fix=FIX,
        confidence=Confidence.MEDIUM if key.kind == "env-default" else None,
    )


def _hmac_algorithms(call: JwtCall, semantic: SemanticModel) -> frozenset[str] | None:
    """The HMAC algorithms the key is used with (empty: unknown, maybe HMAC); None: not HMAC."""
    if call.api.action == "encode":
        name = _encode_algorithm(call, semantic)
        if name is UNKNOWN:
            return frozenset()
        if name is None or not isinstance(name, str):
            return None
        return frozenset({name}) if name in HMAC_MIN_KEY_BYTES else None
    algorithms = call.arg("algorithms")
    if algorithms is None:
        return frozenset()
    allowed = fold_algorithms(algorithms, semantic)
    hmac = frozenset(a for a in allowed.names if a in HMAC_MIN_KEY_BYTES)
    if hmac or allowed.unknown or allowed.from_header:
        return hmac
    return None


def _encode_algorithm(call: JwtCall, semantic: SemanticModel) -> object:
    """The algorithm an encode call signs with; UNKNOWN when not known; None when not HMAC-able."""
    header = call.arg("header")
    if header is not None:
        entries = dict_entries(header, semantic)
        alg = None if entries is None else entries.get(ALG_HEADER)
        return UNKNOWN if alg is None else _algorithm_name(alg, semantic)
    algorithm = call.arg("algorithm")
    if algorithm is None:
        return UNKNOWN if call.open_kwargs else call.api.default_algorithm
    return _algorithm_name(algorithm, semantic)


def _algorithm_name(expr: ast.expr, semantic: SemanticModel) -> object:
    name = fold_str(expr, semantic)
    if name is None:
        return UNKNOWN
    return None if name.lower() == NONE_ALGORITHM else name


def _key(expr: ast.expr, semantic: SemanticModel) -> Key | None:
    value = resolve(expr, semantic)
    if (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr in _ENCODERS
    ):
        value = resolve(value.func.value, semantic)
    literal = _literal_key(value, semantic)
    if literal is not None:
        return None if _is_asymmetric(literal) else Key("literal", len(literal))
    if isinstance(value, ast.Call):
        return _called_key(value, semantic)
    return None


def _literal_key(value: ast.expr, semantic: SemanticModel) -> bytes | None:
    literal = semantic.literal_value(value)
    if isinstance(literal, bytes):
        return literal
    if isinstance(literal, str):
        return literal.encode()
    folded = fold_str(value, semantic)
    return None if folded is None else folded.encode()


def _is_asymmetric(key: bytes) -> bool:
    text = key.lstrip()
    return any(text.startswith(p.encode()) for p in ASYMMETRIC_KEY_PREFIXES)


def _called_key(call: ast.Call, semantic: SemanticModel) -> Key | None:
    name = semantic.qualified_name(call.func) or ""
    reader = ENV_READERS.get(name)
    if reader is not None:
        default = _argument(call, *reader)
        if default is None:
            return None
        literal = _literal_key(resolve(default, semantic), semantic)
        if literal is None or not literal:
            return None
        return Key("env-default", len(literal))
    random = RANDOM_KEY_CALLS.get(name)
    if random is not None:
        position, default_size = random
        size_expr = _argument(call, position, None)
        size = default_size if size_expr is None else semantic.literal_value(size_expr)
        if isinstance(size, int) and not isinstance(size, bool):
            return Key("random", size)
    return None


def _argument(call: ast.Call, position: int | None, keyword: str | None) -> ast.expr | None:
    for kw in call.keywords:
        if keyword is not None and kw.arg == keyword:
            return kw.value
    if position is not None and len(call.args) > position:
        return call.args[position]
    return None


RULE = Rule(
    code="SEC204",
    name="jwt-weak-secret",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(798, 326),
    owasp=("A02:2021", "A07:2021"),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call,),
    check=check,
)
