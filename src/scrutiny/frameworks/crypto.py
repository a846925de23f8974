"""Cryptography knowledge: hash functions, KDFs and their work factors, ciphers, random sources.

Tables of qualified names, keyword names and thresholds used by the rules in
`scrutiny.rules.security.crypto`, plus the small pure helpers that read identifiers as words and
fold integer constants (`2**17`, `600_000`, `ITERATIONS = 100_000`).
"""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Callable

from scrutiny.semantic.model import UNKNOWN, SemanticModel

# --- hash functions ---------------------------------------------------------------------------

# Fast (non-password) hash constructors: qualified name -> algorithm. `hashlib.new` is separate.
FAST_HASHES: dict[str, str] = {
    "hashlib.md5": "md5",
    "hashlib.sha1": "sha1",
    "hashlib.sha224": "sha224",
    "hashlib.sha256": "sha256",
    "hashlib.sha384": "sha384",
    "hashlib.sha512": "sha512",
    "hashlib.sha3_256": "sha3_256",
    "hashlib.sha3_512": "sha3_512",
    "hashlib.blake2b": "blake2b",
    "hashlib.blake2s": "blake2s",
    "Crypto.Hash.MD5.new": "md5",
    "Crypto.Hash.SHA1.new": "sha1",
    "Crypto.Hash.SHA256.new": "sha256",
    "Crypto.Hash.SHA512.new": "sha512",
    "Cryptodome.Hash.MD5.new": "md5",
    "Cryptodome.Hash.SHA1.new": "sha1",
    "Cryptodome.Hash.SHA256.new": "sha256",
    "Cryptodome.Hash.SHA512.new": "sha512",
}
HASH_BY_NAME = "hashlib.new"  # hashlib.new(name, data=b"", *, usedforsecurity=True)
# Algorithms broken for collision resistance (SEC208).
WEAK_HASH_ALGORITHMS = frozenset({"md5", "sha1", "md4", "md5-sha1", "ripemd160"})
# `cryptography` hash classes that are broken (instantiated: `hashes.SHA1()`).
WEAK_HASH_CLASSES: dict[str, str] = {
    "cryptography.hazmat.primitives.hashes.MD5": "md5",
    "cryptography.hazmat.primitives.hashes.SHA1": "sha1",
}
USED_FOR_SECURITY_KEYWORD = "usedforsecurity"
# Methods of a hash object that feed it data.
HASH_UPDATE_METHODS = frozenset({"update"})
# Methods and wrappers that carry a hash (or a random value) unchanged in meaning.
DIGEST_METHODS = frozenset({"hexdigest", "digest", "decode", "encode", "upper", "lower", "strip"})

# Key derivation functions: a fast hash inside one of these is pre-hashing, not password storage.
KDF_CALLS = frozenset(
    {
        "hashlib.pbkdf2_hmac",
        "hashlib.scrypt",
        "bcrypt.hashpw",
        "bcrypt.kdf",
        "hmac.new",
        "hmac.digest",
        "django.utils.crypto.pbkdf2",
        "cryptography.hazmat.primitives.kdf.pbkdf2.PBKDF2HMAC",
        "cryptography.hazmat.primitives.kdf.scrypt.Scrypt",
        # password hashers and their verifiers: a pre-hash handed to them is still KDF-protected
        "bcrypt.checkpw",
        "argon2.low_level.hash_secret",
        "argon2.low_level.hash_secret_raw",
        "argon2.low_level.verify_secret",
        "django.contrib.auth.hashers.make_password",
        "django.contrib.auth.hashers.check_password",
    }
)
# Password hasher objects (`ph = PasswordHasher()`) and their methods that run the KDF.
KDF_INSTANCE_CLASSES = frozenset(
    {
        "argon2.PasswordHasher",
        "argon2._password_hasher.PasswordHasher",
        "passlib.context.CryptContext",
        "pwdlib.PasswordHash",
    }
)
KDF_INSTANCE_METHODS = frozenset({"hash", "verify", "encrypt", "verify_and_update"})

# --- passwords ----------------------------------------------------------------------------------

PASSWORD_WORDS = frozenset({"password", "passwd", "pwd", "passphrase", "pin", "passcode", "pw"})
# Words that make a password-ish name something else: its hash, a policy, a reset token, a URL.
NOT_A_PASSWORD_WORDS = frozenset(
    {
        "hash",
        "hashed",
        "digest",
        "token",
        "reset",
        "length",
        "len",
        "policy",
        "field",
        "url",
        "min",
        "max",
        "validators",
        "validator",
        "hasher",
        "hashers",
        "changed",
        "required",
        "expired",
        "age",
        "set",
        "usable",
        "label",
        "widget",
        "help",
        "text",
    }
)
# Words that say a destination holds a password's hash (`user.password_hash = ...`).
HASH_WORDS = frozenset({"hash", "hashed", "digest"})
# A function named `set_password`, `hash_password`, `make_pwd`... hashes its parameters.
PASSWORD_FUNCTION_VERBS = frozenset(
    {"hash", "set", "make", "encode", "encrypt", "store", "save", "create", "check", "verify"}
)
# Functions and names that hash a password with SHA-1 on purpose: the Have I Been Pwned range API.
BREACH_CHECK_WORDS = frozenset({"pwned", "hibp", "breach", "breached", "compromised", "leaked"})

# Django password hashers that are fast or broken (last component of the dotted path).
WEAK_DJANGO_HASHERS = frozenset(
    {
        "MD5PasswordHasher",
        "UnsaltedMD5PasswordHasher",
        "UnsaltedSHA1PasswordHasher",
        "SHA1PasswordHasher",
        "CryptPasswordHasher",
    }
)
DJANGO_HASHERS_SETTING = "PASSWORD_HASHERS"

# passlib: contexts and the schemes that are fast, unsalted or broken.
PASSLIB_CONTEXTS = frozenset({"passlib.context.CryptContext", "passlib.apps.CryptContext"})
WEAK_PASSLIB_SCHEMES = frozenset(
    {
        "md5_crypt",
        "apr_md5_crypt",
        "sun_md5_crypt",
        "des_crypt",
        "bsdi_crypt",
        "bigcrypt",
        "crypt16",
        "hex_md4",
        "hex_md5",
        "hex_sha1",
        "hex_sha256",
        "hex_sha512",
        "ldap_md5",
        "ldap_sha1",
        "ldap_salted_md5",
        "ldap_salted_sha1",
        "ldap_plaintext",
        "plaintext",
        "mysql323",
        "mysql41",
        "postgres_md5",
        "oracle10",
        "oracle11",
        "lmhash",
        "nthash",
        "msdcc",
        "msdcc2",
        "django_salted_md5",
        "django_salted_sha1",
        "django_des_crypt",
        "roundup_plaintext",
    }
)
PASSLIB_HASH_MODULE = "passlib.hash"
PASSLIB_HASH_METHODS = frozenset({"hash", "encrypt"})

# --- work factors (OWASP Password Storage Cheat Sheet, 2023) -------------------------------------

BCRYPT_MIN_ROUNDS = 12  # OWASP: at least 10; 12 recommended
BCRYPT_HARD_MIN_ROUNDS = 10  # below this the severity is raised
BCRYPT_GENSALT = "bcrypt.gensalt"
# PBKDF2 minimum iterations by HMAC hash.
PBKDF2_MIN_ITERATIONS: dict[str, int] = {
    "sha1": 1_300_000,
    "sha256": 600_000,
    "sha512": 210_000,
}
PBKDF2_HMAC = "hashlib.pbkdf2_hmac"  # (hash_name, password, salt, iterations, dklen=None)
DJANGO_PBKDF2 = "django.utils.crypto.pbkdf2"  # (password, salt, iterations, dklen=0, digest=None)
CRYPTOGRAPHY_PBKDF2 = "cryptography.hazmat.primitives.kdf.pbkdf2.PBKDF2HMAC"
CRYPTOGRAPHY_HASH_CLASSES: dict[str, str] = {
    "cryptography.hazmat.primitives.hashes.SHA1": "sha1",
    "cryptography.hazmat.primitives.hashes.SHA256": "sha256",
    "cryptography.hazmat.primitives.hashes.SHA512": "sha512",
}
# scrypt: the OWASP table of (minimum N, minimum p) pairs with r = 8.
SCRYPT_OWASP: tuple[tuple[int, int], ...] = (
    (2**17, 1),
    (2**16, 2),
    (2**15, 3),
    (2**14, 5),
    (2**13, 10),
)
SCRYPT_CALLS: dict[str, tuple[str, str]] = {  # qualified name -> (n keyword, p keyword)
    "hashlib.scrypt": ("n", "p"),
    "cryptography.hazmat.primitives.kdf.scrypt.Scrypt": ("n", "p"),
}
# argon2: minimum memory (KiB) for a given time cost, OWASP (p = 1).
ARGON2_MIN_MEMORY_BY_TIME: dict[int, int] = {1: 47_104, 2: 19_456, 3: 12_288, 4: 9_216, 5: 7_168}
ARGON2_DEFAULTS: dict[str, tuple[int, int]] = {  # qualified name -> default (time, memory)
    "argon2.PasswordHasher": (3, 65_536),
    "argon2._password_hasher.PasswordHasher": (3, 65_536),
    "pwdlib.hashers.argon2.Argon2Hasher": (3, 65_536),
}
BCRYPT_HASHERS_WITH_ROUNDS = frozenset({"pwdlib.hashers.bcrypt.BcryptHasher"})
# passlib handlers with `.using(rounds=N)`: scheme -> minimum rounds.
PASSLIB_MIN_ROUNDS: dict[str, int] = {
    "pbkdf2_sha1": 1_300_000,
    "pbkdf2_sha256": 600_000,
    "pbkdf2_sha512": 210_000,
    "django_pbkdf2_sha1": 1_300_000,
    "django_pbkdf2_sha256": 600_000,
    "bcrypt": BCRYPT_MIN_ROUNDS,
    "bcrypt_sha256": BCRYPT_MIN_ROUNDS,
    "django_bcrypt": BCRYPT_MIN_ROUNDS,
    "django_bcrypt_sha256": BCRYPT_MIN_ROUNDS,
}
PASSLIB_ROUNDS_KEYWORDS = frozenset({"rounds", "default_rounds", "min_rounds"})
# Django hasher base classes: qualified name -> (class attribute, minimum).
DJANGO_HASHER_MINIMUMS: dict[str, tuple[str, int]] = {
    "django.contrib.auth.hashers.PBKDF2PasswordHasher": ("iterations", 600_000),
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher": ("iterations", 1_300_000),
    "django.contrib.auth.hashers.BCryptSHA256PasswordHasher": ("rounds", BCRYPT_MIN_ROUNDS),
    "django.contrib.auth.hashers.BCryptPasswordHasher": ("rounds", BCRYPT_MIN_ROUNDS),
    "django.contrib.auth.hashers.ScryptPasswordHasher": ("work_factor", 2**17),
}
DJANGO_ARGON2_HASHER = "django.contrib.auth.hashers.Argon2PasswordHasher"
# Flask-Bcrypt's configuration key.
BCRYPT_CONFIG_KEYS = frozenset({"BCRYPT_LOG_ROUNDS"})

# --- ciphers ------------------------------------------------------------------------------------

CIPHER_MODULES = ("Crypto.Cipher", "Cryptodome.Cipher")
# pycryptodome cipher modules (after the prefix) that are broken or have 64-bit blocks.
WEAK_PYCRYPTODOME_CIPHERS: dict[str, str] = {
    "DES": "DES",
    "DES3": "3DES",
    "ARC4": "RC4",
    "ARC2": "RC2",
    "Blowfish": "Blowfish",
    "CAST": "CAST-128",
    "XOR": "XOR",
}
CIPHER_FACTORY = "new"
# `cryptography` algorithm classes (also under `hazmat.decrepit`, where they moved in 43.0).
CRYPTOGRAPHY_ALGORITHM_MODULES = (
    "cryptography.hazmat.primitives.ciphers.algorithms",
    "cryptography.hazmat.decrepit.ciphers.algorithms",
)
WEAK_CRYPTOGRAPHY_ALGORITHMS: dict[str, str] = {
    "TripleDES": "3DES",
    "ARC4": "RC4",
    "Blowfish": "Blowfish",
    "CAST5": "CAST5",
    "IDEA": "IDEA",
    "SEED": "SEED",
    "RC2": "RC2",
}
OTHER_WEAK_CIPHERS: dict[str, str] = {
    "pyDes.des": "DES",
    "pyDes.triple_des": "3DES",
    "Crypto.Cipher.DES3.new": "3DES",
}
ECB_MODE_ATTRIBUTE = "MODE_ECB"
CRYPTOGRAPHY_MODES = "cryptography.hazmat.primitives.ciphers.modes"
ECB_MODE_CLASS = "cryptography.hazmat.primitives.ciphers.modes.ECB"
# Modes that take an IV or nonce as first argument (`modes.CBC(iv)`).
IV_MODE_CLASSES = frozenset({"CBC", "CFB", "CFB8", "OFB", "CTR", "GCM"})
IV_KEYWORDS = frozenset({"iv", "nonce", "initialization_vector", "tweak"})
IV_POSITION = 2  # AES.new(key, mode, iv)

# --- randomness ---------------------------------------------------------------------------------

RANDOM_FUNCTIONS = frozenset(
    {
        "random",
        "randint",
        "randrange",
        "choice",
        "choices",
        "sample",
        "shuffle",
        "uniform",
        "getrandbits",
        "randbytes",
        "triangular",
        "gauss",
    }
)
RANDOM_MODULES = ("random", "numpy.random")
# Constructors of predictable generators whose methods are as insecure as the module's.
PREDICTABLE_GENERATORS = frozenset(
    {
        "random.Random",
        "numpy.random.default_rng",
        "numpy.random.RandomState",
        "numpy.random.Generator",
    }
)
NUMPY_RANDOM_METHODS = frozenset({"integers", "bytes", "rand", "randn", "permutation"})
# Calls whose value argument becomes a cookie: method name -> value position / keyword.
COOKIE_SETTERS: dict[str, tuple[int, str]] = {
    "set_cookie": (1, "value"),
    "set_signed_cookie": (1, "value"),
}
# Words that make a random value a secret.
SECRET_WORDS = frozenset(
    {
        "token",
        "secret",
        "password",
        "passwd",
        "pwd",
        "passphrase",
        "passcode",
        "otp",
        "totp",
        "hotp",
        "nonce",
        "salt",
        "oauth",
        "pkce",
        "sessionid",
        "sid",
        "apikey",
        "csrf",
        "xsrf",
        "cookie",
        "iv",
        "verifier",
        "pin",
        "mfa",
        "2fa",
        "tfa",
    }
)
# A pick among a few short constants (`random.choice(["a", "b"])`, an A/B bucket) is not a
# token: where it is stored (a cookie) does not make it a secret, only a name that says so does.
PICK_FUNCTIONS = frozenset({"choice", "choices", "sample"})
PICK_MAX_OPTIONS = 16
PICK_MAX_LENGTH = 32  # characters of each string option
STORAGE_WORDS = frozenset({"cookie"})  # secret only for what is stored there, not by itself
CODE_WORD = "code"
# `code` / `key` are secrets only next to one of these.
CODE_WORDS = frozenset({"code", "key", "id", "link", "url", "string", "str", "number", "digits"})
CODE_QUALIFIERS = frozenset(
    {
        "reset",
        "verify",
        "verification",
        "confirm",
        "confirmation",
        "activation",
        "activate",
        "auth",
        "authentication",
        "login",
        "signin",
        "invite",
        "invitation",
        "recovery",
        "magic",
        "one",
        "api",
        "access",
        "secret",
        "private",
        "signing",
        "encryption",
        "session",
        "otp",
        "sms",
        "email",
        "unlock",
        "license",
        "licence",
        "voucher",
        "backup",
    }
)
# Words that say a random value is not a secret, whatever else is around it.
NON_SECRET_WORDS = frozenset(
    {
        "jitter",
        "backoff",
        "delay",
        "sleep",
        "retry",
        "wait",
        "shuffle",
        "shuffled",
        "sample",
        "sampling",
        "sampled",
        "test",
        "tests",
        "mock",
        "fake",
        "faker",
        "dummy",
        "game",
        "dice",
        "roll",
        "color",
        "colour",
        "weight",
        "weights",
        "probability",
        "simulate",
        "simulation",
        "demo",
        "seed",
        "fixture",
        "fixtures",
        "example",
        "quote",
        "greeting",
        "tip",
        "avatar",
        "placeholder",
    }
)
SAFE_SLEEPS = frozenset({"time.sleep", "asyncio.sleep"})

# --- secrets compared with == -------------------------------------------------------------------

COMPARED_SECRET_WORDS = frozenset(
    {
        "password",
        "passwd",
        "pwd",
        "passphrase",
        "token",
        "secret",
        "signature",
        "sig",
        "hmac",
        "digest",
        "hexdigest",
        "otp",
        "totp",
        "csrf",
        "xsrf",
        "apikey",
        "mac",
        "passcode",
        "pin",
    }
)
# Secret words that also name lexer tokens and file digests: secret only when qualified
# (`api_token`, `auth_token`) or compared with another secret-looking value.
COMPARED_WEAK_WORDS = frozenset({"token", "digest", "hexdigest", "mac", "pin"})
# The other side of `token != expected`: what a weak secret word is checked against.
COMPARED_PARTNER_WORDS = frozenset({"expected", "stored", "valid", "correct", "saved", "known"})
COMPARED_PARTNER_SUBJECTS = frozenset({"token", "pin"})  # not `digest`: file checksums
# Objects whose upper-case attributes are configured values, not enum members.
CONFIGURATION_OBJECTS = frozenset({"settings", "config", "conf", "configuration", "env"})
COMPARED_KEY_QUALIFIERS = frozenset(
    {
        "api",
        "access",
        "secret",
        "signing",
        "auth",
        "webhook",
        "internal",
        "bearer",
        "refresh",
        "session",
        "csrf",
        "reset",
        "admin",
        "service",
        "bot",
        "client",
        "shared",
        "private",
        "verification",
        "verify",
        "expected",
        "stored",
        "provided",
        "given",
        "received",
        "request",
        "hmac",
    }
)
HMAC_CALLS = frozenset(
    {"hmac.new", "hmac.HMAC", "hmac.digest", "cryptography.hazmat.primitives.hmac.HMAC"}
)
EQUALITY_METHODS = frozenset({"__eq__", "__ne__", "__hash__", "__lt__", "__gt__"})
# Words that make a secret-looking name describe something else about the secret.
COMPARED_NON_SECRET_WORDS = frozenset(
    {
        "type",
        "kind",
        "name",
        "id",
        "ids",
        "url",
        "uri",
        "length",
        "len",
        "count",
        "expires",
        "expiry",
        "exp",
        "expiration",
        "scheme",
        "format",
        "field",
        "header",
        "prefix",
        "label",
        "status",
        "hint",
        "min",
        "max",
        "age",
        "ttl",
        "method",
        "policy",
        "algorithm",
        "alg",
        "algo",
        "version",
        "user",
        "username",
        "email",
        "changed",
        "required",
        "enabled",
        "contents",
        "content",
        "value_type",
        "position",
        "index",
        "idx",
        "line",
        "lineno",
        "pos",
        "start",
        "end",
        "state",
        "class",
        "cls",
        "model",
        "size",
        "mode",
        "source",
        "hash",
        "hashed",
        "hasher",
        "set",
        "usable",
        "tokens",
        "next",
        "prev",
        "previous",
        "last",
        "first",
        "current",
        "lexer",
        "parser",
        "text",
        "string",
        "endpoint",
        "path",
        "location",
        "scope",
        "scopes",
        "audience",
        "issuer",
        "iss",
        "aud",
        "sub",
        "provider",
        "backend",
        "checksum",
        "etag",
        "cache",
        "encoding",
        "charset",
        "bom",
        "magic",
    }
)
# Password confirmation fields: both sides are typed by the same user, no timing leak.
CONFIRMATION_WORDS = frozenset(
    {"confirm", "confirmation", "confirmed", "repeat", "repeated", "again", "retype", "new", "2"}
)
# The other side of a comparison that makes it a policy check, not a secret check
# (`password != username`).
COMPARED_PUBLIC_WORDS = frozenset({"user", "username", "email", "login", "name", "id", "type"})
SECRET_DIGEST_METHODS = frozenset({"hexdigest", "digest"})
SECRET_HEADER_WORDS = frozenset({"signature", "hmac", "token", "secret", "apikey", "key"})
MIN_SECRET_LITERAL_LENGTH = 16  # a shorter literal (or one with spaces) is a sentinel, not a secret

# --- purpose of a weak hash (SEC208) -------------------------------------------------------------

HASH_SECURITY_WORDS = frozenset(
    {
        "token",
        "secret",
        "sign",
        "signed",
        "signature",
        "sig",
        "signing",
        "auth",
        "authenticate",
        "authentication",
        "session",
        "nonce",
        "csrf",
        "xsrf",
        "verify",
        "verification",
        "integrity",
        "tamper",
        "otp",
        "reset",
        "confirm",
        "confirmation",
        "invite",
        "cookie",
        "salt",
        "credential",
        "credentials",
        "license",
        "licence",
        "apikey",
        "unsubscribe",
        "activation",
        "certificate",
        "cert",
        "csr",
        "private",
    }
)
HASH_NON_SECURITY_WORDS = frozenset(
    {
        "cache",
        "cached",
        "etag",
        "checksum",
        "fingerprint",
        "gravatar",
        "avatar",
        "dedup",
        "deduplicate",
        "shard",
        "bucket",
        "partition",
        "color",
        "colour",
        "filename",
        "content",
        "lock",
        "oaep",
        "mgf1",
        "md5sum",
        "sha1sum",
        "git",
        "blob",
        "storage",
    }
)
SIGNING_METHODS = frozenset({"sign", "verify", "signer", "verifier"})

# --- identifiers as words ------------------------------------------------------------------------

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])")
_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")


def words(identifier: str) -> frozenset[str]:
    """`resetToken`, `RESET_TOKEN`, `X-Reset-Token` -> {"reset", "token"}.

    Adjacent pairs are joined too, so `apiKey` and `api_key` also give "apikey".
    """
    parts: list[str] = []
    for chunk in _SEPARATORS.split(identifier):
        parts.extend(p.lower() for p in _CAMEL.split(chunk) if p)
    found = set(parts)
    found.update(a + b for a, b in itertools.pairwise(parts))
    return frozenset(found)


def fold_int(expr: ast.expr, constant: Callable[[ast.expr], object], depth: int = 0) -> int | None:
    """The integer an expression folds to (`2**17`, `600_000`, `BASE * 2`), or None.

    `constant` resolves names and literals (normally `SemanticModel.literal_value`).
    """
    if depth > 8:
        return None
    if isinstance(expr, ast.BinOp):
        left = fold_int(expr.left, constant, depth + 1)
        right = fold_int(expr.right, constant, depth + 1)
        if left is None or right is None:
            return None
        return _apply(expr.op, left, right)
    value = constant(expr)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def fold_number(expr: ast.expr, semantic: SemanticModel) -> int | None:
    """`fold_int` that also follows a name to its single assigned value (`KIB = 4 * 1024`)."""

    def constant(node: ast.expr, depth: int = 0) -> object:
        value = semantic.literal_value(node)
        if isinstance(value, int) or not isinstance(node, ast.Name) or depth > 4:
            return value
        values = semantic.assigned_values(node)
        if values and len(values) == 1 and values[0] is not None:
            folded = fold_int(values[0], lambda n: constant(n, depth + 1))
            return UNKNOWN if folded is None else folded
        return value

    return fold_int(expr, constant)


def _apply(op: ast.operator, left: int, right: int) -> int | None:
    if isinstance(op, ast.Add):
        return left + right
    if isinstance(op, ast.Sub):
        return left - right
    if isinstance(op, ast.Mult):
        return left * right
    if isinstance(op, ast.Pow) and 0 <= right <= 64:
        return int(left**right)
    if isinstance(op, ast.LShift) and 0 <= right <= 64:
        return left << right
    if isinstance(op, ast.FloorDiv) and right:
        return left // right
    return None


# --- where a value goes ---------------------------------------------------------------------------

# Builtins and methods a value passes through keeping its meaning (`str(token)`, `"".join(...)`).
_CARRIER_CALLS = frozenset(
    {
        "str",
        "bytes",
        "int",
        "hex",
        "format",
        "abs",
        "list",
        "tuple",
        # hashing or encoding a predictable value keeps it predictable
        "md5",
        "sha1",
        "sha224",
        "sha256",
        "sha384",
        "sha512",
        "blake2b",
        "blake2s",
        "b64encode",
        "urlsafe_b64encode",
        "b32encode",
        "b16encode",
        "hexlify",
        "map",
    }
)
_CARRIER_METHODS = frozenset(
    {
        "join",
        "format",
        "hexdigest",
        "digest",
        "encode",
        "decode",
        "upper",
        "lower",
        "strip",
        "zfill",
        "rjust",
        "ljust",
        "replace",
        "hex",
        "to_bytes",
    }
)
_CARRIER_NODES = (
    ast.BinOp,
    ast.JoinedStr,
    ast.FormattedValue,
    ast.GeneratorExp,
    ast.ListComp,
    ast.comprehension,
    ast.Starred,
    ast.IfExp,
    ast.BoolOp,
    ast.UnaryOp,
    ast.List,
    ast.Tuple,
)
MAX_CLIMB = 10


def identifier_of(expr: ast.AST) -> str | None:
    """The name an expression is known by: `x`, `obj.attr`, `d["key"]`, `d.get("key")`, `f()`."""
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    if isinstance(expr, ast.Subscript):
        key = expr.slice
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            return key.value
        return None
    if isinstance(expr, ast.Call):
        func = expr.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in {"get", "getlist", "pop"}
            and expr.args
            and isinstance(expr.args[0], ast.Constant)
            and isinstance(expr.args[0].value, str)
        ):
            return expr.args[0].value
        if isinstance(func, ast.Attribute) and func.attr in {"get", "getlist", "pop"}:
            return None
        return identifier_of(func)
    return None


def target_identifiers(target: ast.expr) -> list[str]:
    """Names bound by an assignment target: `a`, `obj.attr`, `d["key"]` (and its container)."""
    if isinstance(target, ast.Tuple | ast.List):
        return [name for elt in target.elts for name in target_identifiers(elt)]
    found = []
    name = identifier_of(target)
    if name is not None:
        found.append(name)
    if isinstance(target, ast.Subscript):
        container = identifier_of(target.value)
        if container is not None:
            found.append(container)
    return found


def enclosing_function(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.AST | None:
    current = parents.get(node)
    while current is not None:
        if isinstance(current, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return current
        current = parents.get(current)
    return None


def destinations(
    node: ast.expr, parents: dict[ast.AST, ast.AST], follow: int = 1
) -> tuple[list[str], bool]:
    """Identifiers that describe where the value of `node` ends up, and whether it is returned.

    Climbs through expressions that keep the value's meaning (concatenation, f-strings, `join`,
    `str()`, `.hexdigest()`, slicing, comprehensions), then reads the assignment targets, the
    keyword or dict key it is stored under, the function it is passed to, or the other side of a
    comparison. With `follow`, a plain local variable's later uses are read too (one hop).
    """
    names: list[str] = []
    returned = False
    current: ast.AST = node
    for _ in range(MAX_CLIMB):
        parent = parents.get(current)
        if parent is None:
            break
        if isinstance(parent, _CARRIER_NODES) or (
            isinstance(parent, ast.Subscript) and parent.value is current
        ):
            current = parent
            continue
        if isinstance(parent, ast.Attribute):  # `value.hexdigest` -> climb to the call
            grand = parents.get(parent)
            if parent.attr in _CARRIER_METHODS and isinstance(grand, ast.Call):
                current = grand
                continue
            break
        if isinstance(parent, ast.keyword):
            call = parents.get(parent)
            if parent.arg is not None:
                names.append(parent.arg)
                if isinstance(call, ast.Call) and words(parent.arg) & CODE_WORDS:
                    # `ApiKey.objects.create(key=...)`: the model names what the key is
                    names.append(f"{_dotted(call.func)}_{parent.arg}")
            if isinstance(call, ast.Call):
                callee = identifier_of(call.func)
                if callee is not None:
                    names.append(callee)
            break
        if isinstance(parent, ast.Call):
            callee = identifier_of(parent.func)
            if callee is not None:
                names.append(callee)
            if callee in _CARRIER_CALLS or callee in _CARRIER_METHODS:
                current = parent
                continue
            break
        if isinstance(parent, ast.Dict):
            for key, value in zip(parent.keys, parent.values, strict=False):
                if (
                    value is current
                    and isinstance(key, ast.Constant)
                    and isinstance(key.value, str)
                ):
                    names.append(key.value)
            break
        if isinstance(parent, ast.Compare):
            for side in (parent.left, *parent.comparators):
                if side is not current and (name := identifier_of(side)) is not None:
                    names.append(name)
            break
        if isinstance(parent, ast.Assign | ast.AnnAssign | ast.AugAssign | ast.NamedExpr):
            targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
            for target in targets:
                names.extend(target_identifiers(target))
                if follow and isinstance(target, ast.Name):
                    more, back = _uses_of(target, parents, follow - 1)
                    names.extend(more)
                    returned = returned or back
            break
        if isinstance(parent, ast.Return | ast.Yield):
            returned = True
            break
        break
    return names, returned


def _dotted(expr: ast.expr) -> str:
    parts: list[str] = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if isinstance(expr, ast.Name):
        parts.append(expr.id)
    return "_".join(reversed(parts))


def _uses_of(
    target: ast.Name, parents: dict[ast.AST, ast.AST], follow: int
) -> tuple[list[str], bool]:
    scope = enclosing_function(target, parents)
    if scope is None:
        return [], False
    names: list[str] = []
    returned = False
    for node in ast.walk(scope):
        if isinstance(node, ast.Name) and node.id == target.id and isinstance(node.ctx, ast.Load):
            more, back = destinations(node, parents, follow)
            names.extend(more)
            returned = returned or back
    return names, returned


def all_words(identifiers: list[str]) -> frozenset[str]:
    found: set[str] = set()
    for identifier in identifiers:
        found.update(words(identifier))
    return frozenset(found)


# --- passwords hashed with a fast hash (SEC205; SEC208 leaves these to it) ---------------------


def password_hash_algorithm(
    node: ast.Call, qualified: str | None, semantic: SemanticModel
) -> str | None:
    """The fast hash algorithm `node` applies to a password, or None when it does not."""
    data = _hashed_data(node, qualified, semantic)
    if data is None:
        return None
    algorithm = hash_algorithm(node, qualified, semantic)
    if algorithm is None or not hashes_password(node, data, semantic):
        return None
    if (
        _inside_kdf(node, semantic)
        or _stored_for_kdf(node, semantic)
        or _is_breach_check(node, semantic)
    ):
        return None
    if any(part in WEAK_DJANGO_HASHERS for part in semantic.enclosing_symbol(node).split(".")):
        return None  # Django's own legacy hashers: choosing them is what is reported
    return algorithm


def hashes_password(node: ast.Call, data: list[ast.expr], semantic: SemanticModel) -> bool:
    """Whether the hashed data is a password: named so, stored as one, or hashed by a function
    named like `set_password(self, raw)` from one of its parameters."""
    if any(is_password_value(arg) for arg in data):
        return True
    if not data:
        return False
    targets, _ = destinations(node, semantic.parents, follow=0)
    if any(_is_password_destination(name) for name in targets):
        return True
    function = enclosing_function(node, semantic.parents)
    if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
        return False
    named = words(function.name)
    if not (named & PASSWORD_WORDS and named & PASSWORD_FUNCTION_VERBS):
        return False
    if named & (NOT_A_PASSWORD_WORDS - HASH_WORDS):
        return False  # `verify_password_reset_token(token)`
    params = {a.arg for a in (*function.args.posonlyargs, *function.args.args)} - {"self", "cls"}
    return any(
        isinstance(sub, ast.Name) and sub.id in params for arg in data for sub in ast.walk(arg)
    )


def _is_password_destination(name: str) -> bool:
    found = words(name)
    return bool(found & PASSWORD_WORDS) and not found & (NOT_A_PASSWORD_WORDS - HASH_WORDS)


def hashed_data(node: ast.Call, semantic: SemanticModel) -> list[ast.expr] | None:
    return _hashed_data(node, semantic.qualified_name(node.func), semantic)


def hash_algorithm(node: ast.Call, qualified: str | None, semantic: SemanticModel) -> str | None:
    """The algorithm a hash constructor (or a hash object's `.update`) uses, if known."""
    if qualified in FAST_HASHES:
        return FAST_HASHES[qualified]
    if qualified == HASH_BY_NAME:
        name = node.args[0] if node.args else _keyword(node, "name")
        value = semantic.literal_value(name) if name is not None else None
        return value.lower() if isinstance(value, str) else None
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in HASH_UPDATE_METHODS:
        constructor = _single_value(func.value, semantic)
        if isinstance(constructor, ast.Call):
            return hash_algorithm(constructor, semantic.qualified_name(constructor.func), semantic)
    return None


def _hashed_data(
    node: ast.Call, qualified: str | None, semantic: SemanticModel
) -> list[ast.expr] | None:
    if qualified == HASH_BY_NAME:
        data = node.args[1:2] or [k.value for k in node.keywords if k.arg in {"data", "string"}]
        return data
    if qualified in FAST_HASHES:
        return node.args[:1] + [k.value for k in node.keywords if k.arg in {"data", "string"}]
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in HASH_UPDATE_METHODS:
        return node.args[:1] if _single_value(func.value, semantic) is not None else None
    return None


def _single_value(expr: ast.expr, semantic: SemanticModel) -> ast.expr | None:
    if not isinstance(expr, ast.Name):
        return None
    values = semantic.assigned_values(expr)
    if values is None or len(values) != 1 or values[0] is None:
        return None
    value = values[0]
    if isinstance(value, ast.Call):
        qualified = semantic.qualified_name(value.func)
        if qualified in FAST_HASHES or qualified == HASH_BY_NAME:
            return value
    return None


def is_password_value(expr: ast.expr) -> bool:
    """Whether the expression is (built from) a value named like a password."""
    for sub in ast.walk(expr):
        name = (
            identifier_of(sub)
            if isinstance(sub, ast.Name | ast.Attribute | ast.Subscript | ast.Call)
            else None
        )
        if name is not None and is_password_name(name):
            return True
    return False


def is_password_name(name: str) -> bool:
    found = words(name)
    return bool(found & PASSWORD_WORDS) and not found & NOT_A_PASSWORD_WORDS


def _inside_kdf(node: ast.AST, semantic: SemanticModel) -> bool:
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.Call) and _is_kdf_call(ancestor, semantic):
            return True
        if isinstance(ancestor, ast.stmt):
            return False
    return False


def _is_kdf_call(call: ast.Call, semantic: SemanticModel) -> bool:
    """`bcrypt.hashpw(...)`, or `ph.hash(...)` on a password hasher object made in this file."""
    if semantic.qualified_name(call.func) in KDF_CALLS:
        return True
    func = call.func
    if not isinstance(func, ast.Attribute) or func.attr not in KDF_INSTANCE_METHODS:
        return False
    receiver = func.value
    if isinstance(receiver, ast.Name):
        values = semantic.assigned_values(receiver) or []
        receiver = values[0] if len(values) == 1 and values[0] is not None else receiver
    return (
        isinstance(receiver, ast.Call)
        and semantic.qualified_name(receiver.func) in KDF_INSTANCE_CLASSES
    )


def _stored_for_kdf(node: ast.AST, semantic: SemanticModel) -> bool:
    """A pre-hash kept in a local variable (`prehashed = b64encode(sha256(pw).digest())`) whose
    every later read in the same function is inside a KDF call (`bcrypt.hashpw(prehashed, ...)`)."""
    statement = next((a for a in semantic.ancestors(node) if isinstance(a, ast.stmt)), None)
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
        target = statement.targets[0]
    elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
        target = statement.target
    else:
        return False
    if not isinstance(target, ast.Name):
        return False
    scope = semantic.scope_of.get(statement, semantic.tree)
    if not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
        return False
    uses = [
        n
        for n in ast.walk(scope)
        if isinstance(n, ast.Name)
        and n.id == target.id
        and isinstance(n.ctx, ast.Load)
        and semantic.scope_of.get(n) is scope
    ]
    return bool(uses) and all(_inside_kdf(use, semantic) for use in uses)


def _is_breach_check(node: ast.AST, semantic: SemanticModel) -> bool:
    """SHA-1 of a password for the Have I Been Pwned k-anonymity API is not password storage."""
    function = semantic.enclosing_symbol(node)
    if words(function) & BREACH_CHECK_WORDS:
        return True
    return any(
        isinstance(ancestor, ast.Subscript) and isinstance(ancestor.slice, ast.Slice)
        for ancestor in _expression_ancestors(node, semantic)
    )


def _expression_ancestors(node: ast.AST, semantic: SemanticModel) -> list[ast.AST]:
    found = []
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.stmt):
            break
        found.append(ancestor)
    return found


def _keyword(node: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in node.keywords if k.arg == name), None)


keyword_value = _keyword
