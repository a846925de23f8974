"""What hard-coded secrets look like: provider token shapes, secret-ish names, placeholders.

Used by SEC401 (`hard-coded-secret`). Two kinds of knowledge live here:

* `KNOWN_SECRETS`: credentials recognized by their shape alone (a provider prefix and a body of a
  known length and alphabet, a PEM private key block, a URL with a password in it). Each row names
  the provider, a cheap substring `hint` checked before the regex, and the severity.
* The vocabulary of the generic check: which names hold secrets (`password`, `api_key`,
  `client_secret`...), which names merely mention one (`password_field`, `token_type`), which
  values are placeholders (`"changeme"`, `"<your-key>"`, `"${TOKEN}"`), and the entropy thresholds
  a value must pass to look like a real secret.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.settings import ENV_READER_METHODS, ENV_READERS


@dataclass(frozen=True)
class KnownSecret:
    """A credential recognized by its shape: `pattern` must match inside a string literal.

    `secret_group` names the regex group holding the secret itself (the whole match when None):
    it is what is masked in the message and judged for redaction.
    """

    kind: str  # short identifier, e.g. "github-token"
    provider: str  # what to call it in a message
    hints: tuple[str, ...]  # substrings one of which every match contains (checked first)
    pattern: re.Pattern[str]
    severity: Severity = Severity.HIGH
    confidence: Confidence = Confidence.HIGH
    secret_group: str | None = None


# Left and right borders of a token: not preceded/followed by a character of the token alphabet.
_L = r"(?<![A-Za-z0-9_\-])"
_R = r"(?![A-Za-z0-9_\-])"


def _shape(body: str) -> re.Pattern[str]:
    return re.compile(_L + body + _R)


KNOWN_SECRETS: tuple[KnownSecret, ...] = (
    KnownSecret(
        "aws-access-key-id",
        "AWS access key id",
        ("AKIA", "ASIA", "ABIA", "ACCA"),
        re.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])"),
    ),
    KnownSecret(
        "github-token",
        "GitHub token",
        ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
        _shape(r"gh[pousr]_[A-Za-z0-9]{36,251}"),
    ),
    KnownSecret(
        "github-fine-grained-token",
        "GitHub fine-grained personal access token",
        ("github_pat_",),
        _shape(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    ),
    KnownSecret(
        "gitlab-token",
        "GitLab personal access token",
        ("glpat-",),
        _shape(r"glpat-[A-Za-z0-9_\-]{20,}"),
    ),
    KnownSecret(
        "stripe-live-key",
        "Stripe live secret key",
        ("sk_live_", "rk_live_"),
        _shape(r"(?:sk|rk)_live_[A-Za-z0-9]{20,247}"),
        severity=Severity.CRITICAL,
    ),
    # Test-mode keys cannot move money, but they read and write the account's test data and are
    # often the same file away from the live key: reported, at low severity.
    KnownSecret(
        "stripe-test-key",
        "Stripe test-mode secret key",
        ("sk_test_", "rk_test_"),
        _shape(r"(?:sk|rk)_test_[A-Za-z0-9]{20,247}"),
        severity=Severity.LOW,
    ),
    KnownSecret(
        "slack-token",
        "Slack token",
        ("xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-"),
        _shape(r"xox[abposr]-[0-9]{6,}-[A-Za-z0-9\-]{10,}"),
    ),
    KnownSecret(
        "slack-app-token",
        "Slack app-level token",
        ("xapp-",),
        _shape(r"xapp-[0-9]-[A-Z0-9]{6,}-[0-9]{6,}-[a-f0-9]{32,}"),
    ),
    KnownSecret(
        "slack-webhook",
        "Slack incoming-webhook URL",
        ("hooks.slack.com",),
        re.compile(
            r"https://hooks\.slack\.com/(?:services|workflows|triggers)/"
            r"(?P<secret>T[A-Z0-9]{6,}/[AB][A-Z0-9]{6,}/[A-Za-z0-9]{20,})"
        ),
        secret_group="secret",
    ),
    KnownSecret(
        "google-api-key",
        "Google API key",
        ("AIza",),
        _shape(r"AIza[0-9A-Za-z_\-]{35}"),
    ),
    KnownSecret(
        "google-oauth-client-secret",
        "Google OAuth client secret",
        ("GOCSPX-",),
        _shape(r"GOCSPX-[A-Za-z0-9_\-]{28}"),
    ),
    KnownSecret(
        "anthropic-api-key",
        "Anthropic API key",
        ("sk-ant-",),
        _shape(r"sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_\-]{32,}"),
    ),
    KnownSecret(
        "openai-api-key",
        "OpenAI API key",
        ("sk-",),
        _shape(
            r"sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{40,}"
            r"|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48})"
        ),
    ),
    KnownSecret(
        "sendgrid-api-key",
        "SendGrid API key",
        ("SG.",),
        _shape(r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}"),
    ),
    # Twilio SIDs identify an account or an API key; the secret is the auth token that goes with
    # them (found by the generic check when it sits next to a secret-ish name). Medium severity.
    KnownSecret(
        "twilio-api-key-sid",
        "Twilio API key SID",
        ("SK",),
        re.compile(r"(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])"),
        severity=Severity.MEDIUM,
        confidence=Confidence.MEDIUM,
    ),
    KnownSecret(
        "twilio-account-sid",
        "Twilio account SID",
        ("AC",),
        re.compile(r"(?<![A-Za-z0-9])AC[0-9a-f]{32}(?![A-Za-z0-9])"),
        severity=Severity.MEDIUM,
        confidence=Confidence.MEDIUM,
    ),
    KnownSecret(
        "npm-token",
        "npm access token",
        ("npm_",),
        _shape(r"npm_[A-Za-z0-9]{36}"),
    ),
    KnownSecret(
        "pypi-token",
        "PyPI upload token",
        ("pypi-AgEIcHlwaS5vcmc",),
        _shape(r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}"),
    ),
    KnownSecret(
        "private-key",
        "private key",
        ("PRIVATE KEY",),
        re.compile(
            r"-----BEGIN (?P<type>(?:RSA |EC |OPENSSH |DSA |ENCRYPTED |PGP )?)PRIVATE KEY"
            r"(?: BLOCK)?-----(?P<secret>[\sA-Za-z0-9+/=:,\-]*)"
        ),
        severity=Severity.CRITICAL,
        secret_group="secret",
    ),
    KnownSecret(
        "jwt",
        "JSON Web Token",
        ("eyJ",),
        _shape(r"eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{16,}"),
        confidence=Confidence.MEDIUM,
    ),
    # Django's `startproject` key: its prefix says it is not for production.
    KnownSecret(
        "django-secret-key",
        "Django SECRET_KEY",
        ("django-insecure-",),
        re.compile(r"django-insecure-[A-Za-z0-9!@#$%^&*()\-_=+]{30,}"),
    ),
    # libpq / ODBC connection strings and command lines: `dbname=shop password=...`,
    # `Server=db;Uid=app;Pwd=...;`, `--password=...`.
    KnownSecret(
        "conninfo-password",
        "password in a connection string",
        ("password=", "PASSWORD=", "Password=", "pwd=", "PWD=", "Pwd=", "passwd="),
        re.compile(
            r"(?<![A-Za-z0-9_])(?:password|passwd|pwd)\s*=\s*"
            r"(?P<quote>['\"]?)(?P<secret>[^\s;'\"&]+)(?P=quote)",
            re.IGNORECASE,
        ),
        secret_group="secret",
    ),
    KnownSecret(
        "url-credentials",
        "password in a URL",
        ("://",),
        re.compile(
            r"(?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]{1,30}://"
            r"(?P<user>[^\s:/@'\"]*):(?P<secret>[^\s/@'\"]+)@"
        ),
        secret_group="secret",
    ),
)

# Shapes whose secret is a password chosen by a person, judged by URL_PASSWORD_THRESHOLD.
PASSWORD_IN_TEXT = frozenset({"url-credentials", "conninfo-password"})
# Shapes that documentation shows as examples (`postgres://user:pass@host`, a sample JWT): quiet in
# docstrings and other bare string statements. Provider tokens and private keys are not.
QUIET_IN_DOCUMENTATION = frozenset({"url-credentials", "conninfo-password", "jwt"})
# Shapes that are expected in development settings modules (`settings/dev.py`).
QUIET_IN_DEVELOPMENT_SETTINGS = frozenset(
    {"django-secret-key", "url-credentials", "conninfo-password"}
)

# Settings that SEC306 (secret-key-in-production-settings) reports in production settings
# modules: SEC401 leaves them to it there, so a line is not reported twice.
PRODUCTION_SETTINGS_OWNED = frozenset({"SECRET_KEY"})

# The body of a private key block must hold this many base64 characters to be a key (and not a
# header constant in a PEM parser or `...` in an example).
PRIVATE_KEY_MIN_BODY = 64

# Values from documentation that look real but are published examples.
KNOWN_EXAMPLES = frozenset(
    {
        "AKIAIOSFODNN7EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",  # jwt.io's signature
    }
)

# Shorter literals are never secrets worth reporting.
MIN_LITERAL_LENGTH = 6

# --- names -------------------------------------------------------------------------------------

# A name holds a secret when its last word is one of these (after splitting snake_case,
# camelCase, kebab-case and dots, and dropping trailing digits).
PASSWORD_WORDS = frozenset({"password", "passwd", "pwd", "pass", "pw", "passphrase", "passcode"})
SECRET_WORDS = frozenset(
    {
        "secret",
        "token",
        "apikey",
        "credential",
        "credentials",
        "creds",
        "privatekey",
        "secretkey",
        "accesskey",
        "authkey",
        "auth",
        "authorization",
        "authtoken",
        "accesstoken",
        "bearer",
    }
)
# Plural last words: `API_KEYS = ["...", "..."]` holds several secrets.
PLURALS = {"passwords": "password", "secrets": "secret", "tokens": "token", "keys": "key"}
# `key` counts only after one of these: `api_key`, `secret_key`, `SIGNING_KEY`.
KEY_QUALIFIERS = frozenset(
    {
        "api",
        "access",
        "secret",
        "private",
        "signing",
        "sign",
        "encryption",
        "encrypt",
        "decryption",
        "auth",
        "master",
        "hmac",
        "app",
        "client",
        "license",
        "fernet",
        "jwt",
        "webhook",
        "subscription",
        "service",
        "account",
        "crypt",
        "cipher",
        "aes",
    }
)
# A secret word preceded by one of these is not a secret: `page_token`, `csrf_token`,
# `public_key`. (`token_type`, `password_field` are quiet by the last-word rule.)
NOT_SECRET_QUALIFIERS = frozenset(
    {
        "page",
        "next",
        "prev",
        "previous",
        "continuation",
        "cancel",
        "cancellation",
        "sync",
        "csrf",
        "xsrf",
        "pagination",
        "resume",
        "by",
        "no",
        "bypass",
        "public",
        "publishable",
        "allow",  # Access-Control-Allow-Credentials
    }
)
# Words that mark the name of an AWS secret access key (with one of SECRET_WORDS or "key").
AWS_WORDS = frozenset({"aws", "amazon", "boto", "s3"})
AWS_SECRET_SHAPE = re.compile(r"[A-Za-z0-9/+]{40}")

# Calls that pass their positional string arguments as a password: `user.set_password("...")`.
# Matched on the called function's last name (the callee is usually a method of an unknown type).
PASSWORD_SETTERS = frozenset(
    {"set_password", "make_password", "check_password", "login", "authenticate"}
)
# Wrappers a literal may sit in without changing what it is: `SecretStr("...")`, `"...".encode()`.
WRAPPER_CALLS = frozenset(
    {"pydantic.SecretStr", "pydantic.SecretBytes", "builtins.str", "builtins.bytes"}
)
WRAPPER_METHODS = frozenset({"encode", "strip", "decode"})

# Calls that read an environment variable, with a default: qualified name -> (default position,
# default keyword). The value read is fine; a secret-looking default is still in the code.
ENV_DEFAULT_CALLS: dict[str, tuple[int | None, str | None]] = {
    **ENV_READERS,
    "os.environ.setdefault": (1, None),
}
# `env.str("API_KEY", default="...")` on an instance made by one of ENV_FACTORIES.
ENV_DEFAULT_METHODS: dict[str, tuple[int | None, str | None]] = dict(ENV_READER_METHODS)
ENV_FACTORIES = frozenset({"environ.Env", "environs.Env"})
# `env("API_KEY", default="...")`: django-environ's `Env.__call__(var, cast=None, default=...)`.
ENV_INSTANCE_CALL: tuple[int | None, str | None] = (2, "default")

# --- values ------------------------------------------------------------------------------------

# `Authorization` header values carry a scheme before the credential.
AUTH_SCHEMES = ("Bearer ", "bearer ", "Token ", "token ", "Basic ", "basic ", "Bot ", "Key ")

# A value containing one of these (case-insensitively) is a placeholder or a documented example.
PLACEHOLDER_PARTS = (
    "xxxx",
    "****",
    "...",
    "…",
    "changeme",
    "change_me",
    "change-me",
    "changeit",
    "change_this",
    "change-this",
    "your",
    "example",
    "dummy",
    "placeholder",
    "redacted",
    "replace",
    "insert",
    "todo",
    "fixme",
    "sample",
    "fake",
    "mock",
    "test",
    "secret",
    "password",
    "passwd",
    "token",
    "notreal",
    "not-real",
    "not_real",
    "not-a-",
    "insecure",
    "default",
    "demo",
    "foobar",
    "lorem",
    "hunter2",  # the internet's joke password, used in docs
    "foobared",  # Redis's documented example password
)
# The body of a provider token containing one of these is redacted or made up.
REDACTION_PARTS = (
    "xxxx",
    "XXXX",
    "****",
    "...",
    "…",
    "0000000000",
    "EXAMPLE",
    "example",
    "Example",
    "your",
    "YOUR",
    "Your",
    "dummy",
    "DUMMY",
    "fake",
    "FAKE",
    "placeholder",
    "redacted",
    "REDACTED",
    "sample",
    "changeme",
)
# Template and format syntax: the value is filled in at run time.
TEMPLATE_PATTERN = re.compile(
    r"\{\{|\{%|\$\{|%\(\w*\)[sdr]|<[^<>]*>|\{[A-Za-z0-9_.\[\]]*(?:![rsa])?(?::[^{}]*)?\}"
)
# Identifiers, dotted paths and names of things: the value names a secret, it is not one.
IDENTIFIER_PATTERN = re.compile(
    r"[A-Za-z]+(?:[_.:/\- ][A-Za-z]+)*"  # words joined by separators, no digit
    r"|[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+"  # dotted path
    r"|[a-z][a-z0-9]*(?:_[a-z0-9]+)+"  # snake_case
    r"|[a-z]+[0-9]*(?:-[a-z]+[0-9]*)+"  # kebab-case words, each maybe numbered: `types-auth0`
    r"|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"  # UPPER_SNAKE
)
EMAIL_PATTERN = re.compile(r"[^@\s:/]+@[^@\s:/]+\.[A-Za-z]{2,}")
# Passwords in URLs that documentation and local development use.
URL_PASSWORD_PLACEHOLDERS = frozenset({"pass", "pwd", "pw", "%s", "postgres", "root", "guest"})
HEX_PATTERN = re.compile(r"[0-9a-fA-F]+")
PATH_PREFIXES = ("/", "./", "../", "~/", "file:", "http://", "https://", "s3://", "gs://")
FILE_SUFFIXES = (
    ".pem",
    ".key",
    ".crt",
    ".cer",
    ".p12",
    ".pfx",
    ".json",
    ".txt",
    ".env",
    ".yaml",
    ".yml",
    ".ini",
    ".cfg",
    ".toml",
    ".py",
)


@dataclass(frozen=True)
class Threshold:
    """How random a value must look to be taken for a secret."""

    min_length: int
    min_classes: int  # character classes among lower, upper, digit, symbol
    min_entropy: float  # Shannon entropy, bits per character


# A value named like a password: short human passwords count when they mix character classes.
PASSWORD_THRESHOLD = Threshold(min_length=8, min_classes=2, min_entropy=2.5)
# A value named like a key or token: long and random.
SECRET_THRESHOLD = Threshold(min_length=16, min_classes=2, min_entropy=3.5)
# Hex strings use 16 symbols, so their entropy tops out at 4 bits per character.
HEX_SECRET_THRESHOLD = Threshold(min_length=16, min_classes=1, min_entropy=3.0)
# A key or token that is shorter, but mixes three classes ("s3cr3t-Key!9").
SHORT_SECRET_THRESHOLD = Threshold(min_length=10, min_classes=3, min_entropy=3.0)
# A password inside a URL (`postgres://app:s3cret@db`) is judged on its own.
URL_PASSWORD_THRESHOLD = Threshold(min_length=6, min_classes=2, min_entropy=2.0)
# Fewer distinct characters than this is a pattern ("aaaaaaaa", "abababab"), not a secret.
MIN_DISTINCT = 5
# A redacted provider token: its body has fewer distinct characters than this.
MIN_TOKEN_BODY_DISTINCT = 8
# Runs of consecutive characters this long mark a made-up value ("abcdefgh", "12345678").
SEQUENCE_RUN = 8

# --- files -------------------------------------------------------------------------------------

# Directories and file-name words of documentation and examples, where keys are illustrations.
EXAMPLE_DIRS = frozenset(
    {"docs", "doc", "examples", "example", "samples", "sample", "demo", "demos", "tutorial"}
)
EXAMPLE_FILE_WORDS = frozenset({"example", "examples", "sample", "samples", "demo"})
