"""# JWT accepts the `none` algorithm, any algorithm, or a confusable mix

## What it does
Finds JSON Web Token code that lets the token choose how it is checked:

- the `none` algorithm accepted on decode (`algorithms=["none"]`) or used to sign
  (`algorithm="none"`, authlib's `{"alg": "none"}` header, `JsonWebToken(["none"])`), in any case
  and through constants (`ALG = "None"`, `ALGORITHMS.NONE`);
- `decode` without an `algorithms` list in PyJWT (1.x accepted whatever the token's header named;
  2.x refuses) and python-jose (which still does), unless the key is a `PyJWK` that carries its
  own algorithm;
- one `algorithms` list (or authlib `JsonWebToken([...])`) mixing HMAC (`HS*`) with asymmetric
  algorithms (`RS*`, `ES*`, `PS*`, `EdDSA`), including PyJWT's
  `jwt.algorithms.get_default_algorithms()`;
- an `algorithms` list built from the token's own unverified header
  (`algorithms=[jwt.get_unverified_header(token)["alg"]]`).

Lists the code cannot resolve (read from settings, passed in) are left alone. Test files are quiet.

## Why it matters
The `alg` header is written by whoever made the token. With `none` allowed, an attacker strips
the signature and sets `"alg": "none"`. With HS256 and RS256 allowed together, the attacker signs
a token with HS256 using your *public* RSA key (which is public) as the HMAC secret: the library
verifies it with the same key and accepts it (algorithm confusion, CVE-2017-11424 in PyJWT,
CVE-2022-29217, CVE-2024-33663 in python-jose, CVE-2024-37568 in authlib). RFC 8725 requires the
verifier to fix the algorithm, never to read it from the token.

## Example
```python
import jwt
from jose import jwt as jose_jwt

claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "HS256"])
claims = jose_jwt.decode(token, key)                          # any algorithm the header names
claims = jwt.decode(token, key, algorithms=["HS256", "none"])
```

## Use instead
```python
import jwt

# One algorithm family per key, fixed in code or in the same config entry as the key.
claims = jwt.decode(
    token,
    public_key,
    algorithms=["RS256"],
    audience="api.example.com",
    options={"require": ["exp", "iat"]},
)
```
When keys rotate, pick the key by `kid` and still fix the algorithm:
```python
jwks = jwt.PyJWKClient("https://auth.example.com/.well-known/jwks.json")
signing_key = jwks.get_signing_key_from_jwt(token)      # a PyJWK: key + its own algorithm
claims = jwt.decode(token, signing_key.key, algorithms=["RS256"], audience="api.example.com")
```

## Alternatives and trade-offs
- RS256/ES256 (asymmetric): only the issuer holds the private key and any service can verify with
  the public key (JWKS, rotation by `kid`); tokens are larger and verification slower than HMAC.
- HS256 (shared secret): simple and fast, but every verifier can also mint tokens, so keep it to a
  single service.
- If you need both (e.g. migrating), use two explicit `decode` calls with two keys and one
  algorithm each, chosen by the token's `iss` or `kid`, never one mixed list.
- PASETO (`pyseto`) versions the algorithm in the token type (`v4.public`), so there is no `alg`
  to confuse; opaque session tokens avoid client-side verification entirely.

## Libraries
PyJWT ≥ 2 (requires `algorithms`), joserfc (`jwt.decode(value, key, algorithms=["RS256"])`, only
recommended algorithms by default), authlib (`JsonWebToken(["RS256"])`), `pyseto`. python-jose
accepts any algorithm when `algorithms` is omitted and was unmaintained for long periods; FastAPI's
docs moved to PyJWT.

## References
- https://www.rfc-editor.org/rfc/rfc8725.html#section-3.1
- https://pyjwt.readthedocs.io/en/stable/api.html#jwt.decode
- https://portswigger.net/web-security/jwt/algorithm-confusion
- https://cwe.mitre.org/data/definitions/327.html
- https://cwe.mitre.org/data/definitions/347.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.jwt import (
    ALG_HEADER,
    ASYMMETRIC_ALGORITHMS,
    HMAC_MIN_KEY_BYTES,
    INSTANCE_ALGORITHMS,
    INSTANCE_CLASSES,
    NONE_ALGORITHM,
    PYJWK_FACTORIES,
    PYJWK_METHODS,
)
from scrutiny.rule import Rule
from scrutiny.rules.security.jwt._common import (
    Algorithms,
    JwtCall,
    argument,
    bound,
    dict_entries,
    fold_algorithms,
    fold_str,
    is_library_code,
    resolve,
    signature_disabled,
)
from scrutiny.semantic.model import SemanticModel

FIX = 'fix one algorithm family in code: `algorithms=["HS256"]` or `algorithms=["RS256"]`'


def check(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    name = semantic.qualified_name(node.func)
    if name in INSTANCE_CLASSES and not is_library_code(semantic):
        _check_instance(node, INSTANCE_CLASSES[name], ctx)
        return
    call = bound(node, ctx.file)
    if call is None:
        return
    if call.api.action == "encode":
        _check_encode(call, ctx)
    elif signature_disabled(call, semantic) is None:
        _check_decode(call, ctx)


def _check_instance(node: ast.Call, library: str, ctx: RuleContext) -> None:
    param = INSTANCE_ALGORITHMS.get(library)
    if param is None:
        return
    value = argument(node, param)
    if value is not None:
        _check_allowed(node, fold_algorithms(value, ctx.semantic), ctx)


def _check_encode(call: JwtCall, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    algorithm = call.arg("algorithm")
    name = fold_str(algorithm, semantic) if algorithm is not None else None
    header = call.arg("header")
    if header is not None:
        entries = dict_entries(header, semantic) or {}
        alg = entries.get(ALG_HEADER)
        name = fold_str(alg, semantic) if alg is not None else None
    if name is not None and name.lower() == NONE_ALGORITHM:
        ctx.report(
            call.node,
            f'token signed with alg "{name}": it carries no signature, so anyone can forge or '
            "alter it",
            fix='sign with `algorithm="HS256"` (or RS256/ES256) and a real key',
        )


def _check_decode(call: JwtCall, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    algorithms = call.arg("algorithms")
    if algorithms is not None and semantic.literal_value(resolve(algorithms, semantic)) is None:
        algorithms = None  # `algorithms=None` is the default spelled out
    if algorithms is not None:
        _check_allowed(call.node, fold_algorithms(algorithms, semantic), ctx)
        return
    if not call.api.trusts_header_alg or call.open_kwargs or _is_pyjwk(call, semantic):
        return
    legacy = call.api.library == "pyjwt"
    which = "PyJWT < 2" if legacy else "python-jose"
    ctx.report(
        call.node,
        f"token decoded without `algorithms`: {which} accepts whatever `alg` the token's "
        "header names, which allows algorithm confusion",
        fix=FIX,
        confidence=Confidence.MEDIUM if legacy else None,
    )


def _check_allowed(node: ast.Call, allowed: Algorithms, ctx: RuleContext) -> None:
    nones = sorted(n for n in allowed.names if n.lower() == NONE_ALGORITHM)
    hmac = sorted(n for n in allowed.names if n in HMAC_MIN_KEY_BYTES)
    asymmetric = sorted(n for n in allowed.names if n in ASYMMETRIC_ALGORITHMS)
    if nones:
        message = (
            f'allowed algorithms include "{nones[0]}": an unsigned token with that `alg` '
            "header is accepted as valid"
        )
    elif allowed.from_header:
        message = (
            "allowed algorithms are read from the token's own unverified header: the attacker "
            "chooses how the token is checked"
        )
    elif hmac and asymmetric:
        message = (
            f"allowed algorithms mix HMAC ({', '.join(hmac)}) and asymmetric "
            f"({', '.join(asymmetric)}) ones: a token signed with HMAC using the public key as "
            "the secret can pass (algorithm confusion)"
        )
    else:
        return
    ctx.report(node, message, fix=FIX)


def _is_pyjwk(call: JwtCall, semantic: SemanticModel) -> bool:
    """PyJWT 2.x decodes without `algorithms` when the key is a PyJWK (it names its algorithm)."""
    key = call.arg("key")
    if key is None:
        return False
    value = resolve(key, semantic)
    if not isinstance(value, ast.Call):
        return False
    if semantic.qualified_name(value.func) in PYJWK_FACTORIES:
        return True
    return isinstance(value.func, ast.Attribute) and value.func.attr in PYJWK_METHODS


RULE = Rule(
    code="SEC202",
    name="jwt-unsafe-algorithms",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(327, 347),
    owasp=("A02:2021", "A07:2021"),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call,),
    check=check,
)
