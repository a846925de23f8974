"""JSON Web Token libraries: PyJWT (`jwt`), python-jose (`jose.jwt`) and authlib (`authlib.jose`).

Each function that issues or checks a token is a row: which library, whether it encodes or
decodes, and where its arguments sit (position and keyword). Rules bind a call's arguments by
these rows, so a new library (or a new entry point of a known one) is one more row here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Param:
    """Where an argument sits: its position (None when keyword-only) and its keyword."""

    position: int | None
    keyword: str


@dataclass(frozen=True)
class JwtApi:
    """One token function: what it does and where each of its arguments sits."""

    library: str  # "pyjwt" | "python-jose" | "authlib"
    action: str  # "encode" | "decode"
    key: Param
    token: Param | None = None  # decode: the token
    payload: Param | None = None  # encode: the claims
    algorithm: Param | None = None  # encode: the signing algorithm
    header: Param | None = None  # encode (authlib): the header dict holding "alg"
    algorithms: Param | None = None  # decode: the allowed algorithms
    options: Param | None = None  # decode: the options dict ("verify_signature")
    verify: Param | None = None  # decode: PyJWT 1.x `verify=` (a bool at position 2)
    default_algorithm: str | None = None  # encode: the algorithm used when none is given
    trusts_header_alg: bool = False  # decode without `algorithms` accepts the header's `alg`
    algorithms_from_instance: bool = False  # authlib: allowed algorithms set on the instance


_PYJWT_DECODE = JwtApi(
    library="pyjwt",
    action="decode",
    token=Param(0, "jwt"),
    key=Param(1, "key"),
    algorithms=Param(2, "algorithms"),
    options=Param(3, "options"),
    verify=Param(2, "verify"),
    trusts_header_alg=True,  # PyJWT < 2.0; 2.x raises instead
)
_PYJWT_ENCODE = JwtApi(
    library="pyjwt",
    action="encode",
    payload=Param(0, "payload"),
    key=Param(1, "key"),
    algorithm=Param(2, "algorithm"),
    default_algorithm="HS256",
)
_JOSE_DECODE = JwtApi(
    library="python-jose",
    action="decode",
    token=Param(0, "token"),
    key=Param(1, "key"),
    algorithms=Param(2, "algorithms"),
    options=Param(3, "options"),
    trusts_header_alg=True,
)
_JOSE_ENCODE = JwtApi(
    library="python-jose",
    action="encode",
    payload=Param(0, "claims"),
    key=Param(1, "key"),
    algorithm=Param(2, "algorithm"),
    default_algorithm="HS256",
)
_AUTHLIB_DECODE = JwtApi(
    library="authlib",
    action="decode",
    token=Param(0, "s"),
    key=Param(1, "key"),
    algorithms_from_instance=True,
)
_AUTHLIB_ENCODE = JwtApi(
    library="authlib",
    action="encode",
    header=Param(0, "header"),
    payload=Param(1, "payload"),
    key=Param(2, "key"),
)

# Module-level functions (and module-level instances' methods), by qualified name.
FUNCTIONS: dict[str, JwtApi] = {
    "jwt.decode": _PYJWT_DECODE,
    "jwt.decode_complete": _PYJWT_DECODE,
    "jwt.api_jwt.decode": _PYJWT_DECODE,
    "jwt.api_jwt.decode_complete": _PYJWT_DECODE,
    "jwt.encode": _PYJWT_ENCODE,
    "jwt.api_jwt.encode": _PYJWT_ENCODE,
    "jose.jwt.decode": _JOSE_DECODE,
    "jose.jwt.encode": _JOSE_ENCODE,
    # authlib's ready-made `jwt` instance allows a fixed list of signing algorithms (no `none`)
    # and refuses PEM public keys as HMAC secrets since 1.3.1: its defaults are not reported.
    "authlib.jose.jwt.decode": JwtApi(
        library="authlib", action="decode", token=Param(0, "s"), key=Param(1, "key")
    ),
    "authlib.jose.jwt.encode": _AUTHLIB_ENCODE,
}

# Classes whose instances have `encode`/`decode` methods: qualified name -> library.
INSTANCE_CLASSES: dict[str, str] = {
    "jwt.PyJWT": "pyjwt",
    "jwt.api_jwt.PyJWT": "pyjwt",
    "authlib.jose.JsonWebToken": "authlib",
    "authlib.jose.rfc7519.JsonWebToken": "authlib",
    "authlib.jose.rfc7519.jwt.JsonWebToken": "authlib",
}
INSTANCE_METHODS: dict[tuple[str, str], JwtApi] = {
    ("pyjwt", "decode"): _PYJWT_DECODE,
    ("pyjwt", "decode_complete"): _PYJWT_DECODE,
    ("pyjwt", "encode"): _PYJWT_ENCODE,
    ("authlib", "decode"): _AUTHLIB_DECODE,
    ("authlib", "encode"): _AUTHLIB_ENCODE,
}
# Where an instance class takes its allowed algorithms: `JsonWebToken(["RS256"])`.
INSTANCE_ALGORITHMS: dict[str, Param] = {"authlib": Param(0, "algorithms")}

# The option that turns signature checking off, in PyJWT and python-jose `options` dicts.
VERIFY_SIGNATURE_OPTION = "verify_signature"
# What may be read from an unverified token: the time claims (a client checking when to refresh
# its own token) and, from `decode_complete`, the header (to pick the key by `kid`).
UNVERIFIED_SAFE_READS = frozenset({"exp", "iat", "nbf", "header"})
# Words in a helper's name that say it verifies a token it is given (`_decode_jwt`, `verify`),
# and in a function's name that say it returns unverified data on purpose.
VERIFIER_NAME_WORDS = ("decode", "verify", "validate")
UNVERIFIED_NAME_WORDS = ("unverified", "insecure")
# The libraries themselves (their own modules define the APIs rather than misuse them).
IMPLEMENTATION_PACKAGES = frozenset({"jwt", "jose", "authlib", "joserfc"})
# The header key that names the algorithm; functions that read the header unverified.
ALG_HEADER = "alg"
UNVERIFIED_HEADER_FUNCTIONS = frozenset(
    {
        "jwt.get_unverified_header",
        "jwt.api_jws.get_unverified_header",
        "jose.jwt.get_unverified_header",
        "jose.jwt.get_unverified_headers",
        "jose.jws.get_unverified_header",
        "jose.jws.get_unverified_headers",
    }
)
# Objects that carry their own algorithm: PyJWT 2.x decodes with them without `algorithms`.
PYJWK_FACTORIES = frozenset({"jwt.PyJWK", "jwt.PyJWK.from_json", "jwt.PyJWK.from_dict"})
PYJWK_METHODS = frozenset({"get_signing_key_from_jwt", "get_signing_key"})  # PyJWKClient

# Algorithm names.
NONE_ALGORITHM = "none"
# HMAC algorithms and the key size RFC 7518 §3.2 requires for each (the hash size, in bytes).
HMAC_MIN_KEY_BYTES: dict[str, int] = {"HS256": 32, "HS384": 48, "HS512": 64}
ASYMMETRIC_ALGORITHMS = frozenset(
    {
        "RS256",
        "RS384",
        "RS512",
        "PS256",
        "PS384",
        "PS512",
        "ES256",
        "ES256K",
        "ES384",
        "ES512",
        "EdDSA",
        "Ed25519",
        "Ed448",
    }
)
# Attribute namespaces whose members are algorithm names (`ALGORITHMS.HS256 == "HS256"`), and
# their members that are sets of algorithms.
ALGORITHM_NAMESPACES = frozenset(
    {"jose.constants.ALGORITHMS", "jose.jwt.ALGORITHMS", "jose.jws.ALGORITHMS"}
)
NAMESPACE_RENAMES: dict[str, str] = {"NONE": NONE_ALGORITHM}  # members not named as their value
ALGORITHM_GROUPS: dict[str, frozenset[str]] = {
    "HMAC": frozenset(HMAC_MIN_KEY_BYTES),
    "RSA_DS": frozenset({"RS256", "RS384", "RS512"}),
    "EC_DS": frozenset({"ES256", "ES384", "ES512"}),
}
# Calls that return every algorithm the library knows (`none` and HS*/RS* together).
ALL_ALGORITHMS_CALLS = frozenset({"jwt.algorithms.get_default_algorithms"})
ALL_ALGORITHMS = frozenset({NONE_ALGORITHM, *HMAC_MIN_KEY_BYTES, *ASYMMETRIC_ALGORITHMS})

# Key material that is not a shared secret (public keys, PEM blocks): never an HMAC secret.
ASYMMETRIC_KEY_PREFIXES = ("-----BEGIN", "ssh-", "ecdsa-sha2-")
# Random key generators: qualified name -> (argument position, default size in bytes of entropy).
RANDOM_KEY_CALLS: dict[str, tuple[int, int]] = {
    "os.urandom": (0, 0),
    "secrets.token_bytes": (0, 32),
    "secrets.token_hex": (0, 32),
    "secrets.token_urlsafe": (0, 32),
}
# The claim that makes a token expire.
EXPIRY_CLAIM = "exp"

# Inspecting a token (a jwt.io-like developer CLI) rather than authenticating with it: an
# unverified decode is not reported when its claims only flow to display in a command-line
# script (argparse/click/typer or an `if __name__ == "__main__":` guard) that handles no requests.
CLI_MODULES = frozenset({"argparse", "click", "typer", "fire", "optparse", "docopt"})
WEB_PACKAGES = frozenset(
    {
        "django",
        "rest_framework",
        "ninja",
        "flask",
        "quart",
        "fastapi",
        "starlette",
        "litestar",
        "sanic",
        "aiohttp",
        "tornado",
        "falcon",
        "pyramid",
        "bottle",
        "werkzeug",
        "channels",
        "grpc",
    }
)
# Calls that show their arguments to the developer, and calls that only format them for that.
DISPLAY_CALLS = frozenset(
    {
        "builtins.print",
        "pprint.pprint",
        "pprint.pp",
        "click.echo",
        "click.secho",
        "typer.echo",
        "typer.secho",
        "rich.print",
        "rich.print_json",
        "sys.stdout.write",
        "sys.stderr.write",
        "logging.debug",
        "logging.info",
        "logging.warning",
        "logging.error",
    }
)
# Methods that display, on a receiver made by a factory below or named like a console or logger.
DISPLAY_METHODS = frozenset(
    {"print", "print_json", "echo", "write", "log", "debug", "info", "warning", "error"}
)
DISPLAY_FACTORIES = frozenset({"logging.getLogger", "rich.console.Console", "structlog.get_logger"})
DISPLAY_RECEIVER_WORDS = ("log", "console", "stdout", "stderr")
FORMAT_CALLS = frozenset(
    {
        "json.dumps",
        "pprint.pformat",
        "builtins.str",
        "builtins.repr",
        "builtins.dict",
        "yaml.dump",
        "yaml.safe_dump",
        "textwrap.indent",
    }
)
