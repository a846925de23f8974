"""# Hard-coded secret

## What it does
Finds passwords, API keys, tokens and private keys written into the source code. Two ways:

- **By shape**, whatever the variable is called: provider credentials with a known prefix and
  format (AWS access key ids, GitHub `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_`/`github_pat_` tokens,
  GitLab `glpat-`, Stripe `sk_live_`/`rk_live_`, Slack `xox?-` tokens and webhook URLs, Google
  `AIza` API keys and `GOCSPX-` OAuth client secrets, OpenAI `sk-proj-`, Anthropic `sk-ant-`,
  SendGrid `SG.`, Twilio SIDs, npm `npm_`, PyPI `pypi-` tokens, Django `django-insecure-` keys),
  PEM private key blocks, JSON Web Tokens, URLs with a password in them
  (`postgres://app:s3cret@db/shop`, `redis://:s3cret@cache`) and connection strings or command
  lines with one (`"dbname=shop password=..."`, `"--password=..."`).
- **By name and entropy**: a string literal assigned to, passed as, stored under or compared with
  a secret-ish name (`password`, `db_passwd`, `SECRET_KEY`, `api_key`, `client_secret`,
  `auth_token`, `Authorization`...), as a variable, a class attribute, a keyword argument, a dict
  key, a parameter default, the second item of an `auth=("user", "...")` pair, an item of a
  plural name (`API_KEYS = [...]`) or the fallback of an environment read (`os.environ.get()`,
  `os.getenv()`, `decouple.config()`, django-environ's `env()`, `... or "..."`), *and* whose value
  looks like a real secret: long and random (Shannon entropy of at least 3.5 bits per character
  over 16 characters, 3.0 for hex), or, for passwords, at least 8 characters mixing character
  classes. Only the name's *last* word counts (`db_password` holds a password,
  `password_reset_timeout` does not), and `"Summer" + "-2024!"` is folded first.

It stays quiet on placeholders (`"changeme"`, `"<your-key>"`, `"your_api_key_here"`, `"xxxx"`,
`"${TOKEN}"`, `"{{ token }}"`, `"%(password)s"`, documented examples such as
`AKIAIOSFODNN7EXAMPLE`), on the empty string, on values read from the environment or settings, on
identifiers that merely name a secret (`password_field = "password"`, `TOKEN_HEADER =
"Authorization"`, `token_type = "bearer"`, `"password_reset_confirm"`), on names where the secret
word is not the last one (`PASSWORD_RESET_TIMEOUT`, `token_url`), on hashes and checksums that are
not named as secrets, in tests (`tests/`, `test_*.py`, `conftest.py`), in documentation and example
files (`docs/`, `examples/`, `*_example.py`), and, for Django's `django-insecure-` key and generic
secrets, in development settings modules (`settings/dev.py`, `settings_local.py`). Redacted
or made-up provider tokens (`"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"`, `"ghp_abcdefgh..."`), PEM headers
without a key body, and URL passwords equal to the user name (`postgres://postgres:postgres@`)
are quiet too. URLs, connection strings and JWTs inside docstrings are taken for documentation.
`SECRET_KEY` in *production* settings modules is left to SEC306, which reports it with the
settings inheritance in view, so that the line is not reported twice.

The message never repeats the secret: it shows its length and at most its first four characters
(a quarter of it, for short values). Private keys, AWS secret access keys and live payment keys
are critical; Stripe test-mode keys are low severity (they cannot move money, but they open the
account's test data); Twilio SIDs are medium (they identify an account, the auth token next to
them is the secret); passwords found by name and fallbacks of environment variables are medium
confidence.

Not seen: secrets in other files (`.env`, YAML, notebooks) and in the git history, secrets whose
name says nothing (`USERS = {"ops": "0ps-Dashb0ard!"}`), and values assembled at run time.

## Why it matters
A secret in the code is shared with everyone who can read the repository, its forks, its CI logs,
every developer laptop and every container image built from it, and it stays in the git history
after the line is deleted. Leaked cloud and payment keys are found by automated scanners within
minutes of a push to a public repository, and private repositories leak too (a stolen laptop, a
compromised CI token, a contractor). A hard-coded secret also cannot be rotated without a deploy
and is the same in every environment, so the development copy unlocks production.

## Example
```python
import stripe
import psycopg

stripe.api_key = "sk_live_51Hx...redacted...9kQ"

DATABASE_URL = "postgresql://shop:Wint3r-2024!@db.internal:5432/shop"
GITHUB_TOKEN = "ghp_...redacted..."


class PaymentsClient:
    api_secret = "9f2c4e1a7b3d8e6f0a5c2b9d4e7f1a3c"

    def connect(self, password="S3cure!Passw0rd"):
        return psycopg.connect(DATABASE_URL, password=password)
```

## Use instead
Read secrets from the environment, validated once at start-up, and keep the values in a secret
manager that injects them:
```python
from pydantic import PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_", env_file=".env")  # .env is gitignored

    database_url: PostgresDsn
    stripe_api_key: SecretStr
    github_token: SecretStr


settings = Settings()  # fails fast when a variable is missing
stripe.api_key = settings.stripe_api_key.get_secret_value()
```
With Django, `django-environ` does the same in `settings.py`:
```python
import environ

env = environ.Env()
SECRET_KEY = env("DJANGO_SECRET_KEY")  # no default: a missing key stops the deploy
DATABASES = {"default": env.db("DATABASE_URL")}
```
Where the platform does not inject secrets, fetch them from the secret manager at start-up:
```python
import json

import boto3


def load_secret(name: str) -> dict[str, str]:
    client = boto3.client("secretsmanager")
    response = client.get_secret_value(SecretId=name)
    return json.loads(response["SecretString"])


db = load_secret("prod/shop/database")
```
(`hvac.Client(url=..., token=...).secrets.kv.v2.read_secret_version(path="shop/db")` for
HashiCorp Vault, `secretmanager.SecretManagerServiceClient().access_secret_version(...)` for Google
Cloud Secret Manager.)

**A secret that was committed must be rotated.** Deleting the line, or even rewriting history with
`git filter-repo --replace-text secrets.txt`, does not un-leak it: clones, forks, CI caches and
scanners already have it. Revoke the key at the provider, issue a new one into the secret manager,
then clean the history if you want to.

## Alternatives and trade-offs
- **Environment variables** (12-factor) are simple and supported everywhere, but they are visible
  to child processes, crash reporters and `/proc`, and nothing rotates them: good for most apps,
  with the values kept in the platform's secret store.
- **A secret manager** (AWS Secrets Manager, HashiCorp Vault, Google Cloud Secret Manager, Azure
  Key Vault) gives audit logs, access policies and automatic rotation, at the cost of a network
  call at start-up, an IAM setup and a hard dependency on the service.
- **Encrypted files in the repository** (SOPS, git-crypt, Ansible Vault) keep secrets versioned
  next to the code, but the decryption key becomes the secret to protect, and revoking a person
  means rotating everything they could decrypt.
- **Short-lived credentials** (IAM roles, workload identity, OIDC from CI, Vault dynamic database
  users) remove the long-lived secret altogether: the best option where the platform offers it.
- **Other scanners.** detect-secrets (Yelp) and gitleaks also recognize secrets by shape and
  entropy, in every file type and (gitleaks) across the whole git history; trufflehog goes further
  and verifies candidates against the provider's API, so it reports only live keys. This rule sees
  Python only and the current tree only, but it understands the code: it knows that
  `password_field = "password"` names a field, that `os.environ.get("TOKEN")` reads one, and that
  `connect(password="...")` passes one. Run it in review and one of them as a pre-commit hook and
  on the history: they complement each other.

## Libraries
`pydantic-settings` (`SecretStr` fields), `django-environ`, `python-decouple` and `environs` read
configuration from the environment and `.env` files; `boto3` (`secretsmanager`), `hvac` (Vault),
`google-cloud-secret-manager` and `azure-keyvault-secrets` read secret managers; `detect-secrets`
and `gitleaks` run as pre-commit hooks, `trufflehog` scans history and verifies keys.

## References
- https://cwe.mitre.org/data/definitions/798.html
- https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/
- https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html
- https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns
- https://github.com/newren/git-filter-repo
- https://docs.pydantic.dev/latest/concepts/pydantic_settings/
"""

from __future__ import annotations

import ast
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePosixPath

from scrutiny.context import FileContext, RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks import secret_patterns as data
from scrutiny.frameworks.settings import settings_kind
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel

FIX = "read it from the environment or a secret manager, and rotate it: it stays in git history"
WHY = "anyone who can read this code or its git history can use it"


@dataclass(frozen=True)
class Holder:
    """Where a literal ends up: the names that describe it."""

    names: tuple[str, ...]
    env_variable: str | None = None  # the literal is the fallback of this environment variable
    pair: bool = False  # the literal is the second of a `(user, password)` pair


@dataclass(frozen=True)
class Verdict:
    what: str
    masked: str
    severity: Severity | None = None
    confidence: Confidence | None = None
    where: str = ""  # "assigned to `name`", "as the fallback of `VAR`"


def check(node: ast.Constant, ctx: RuleContext) -> None:
    literal = _literal(node, ctx.semantic)
    if literal is None or ctx.file.shared("example-file", _in_example_file):
        return
    expr, text = literal
    kind = settings_kind(ctx.semantic.module) if ctx.file.has_role("settings") else None
    if kind == "production" and _owned_by_settings_rule(expr, ctx.semantic):
        return
    development = kind == "development"
    bare = isinstance(ctx.semantic.parent(expr), ast.Expr)  # docstrings, string statements
    verdict = _known_secret(text, bare=bare, development=development)
    if verdict is None and not development and not bare:
        verdict = _named_secret(expr, text, ctx.semantic)
    if verdict is None:
        return
    where = f" {verdict.where}" if verdict.where else ""
    ctx.report(
        expr,
        f"Hard-coded {verdict.what} {verdict.masked}{where}: {WHY}",
        fix=FIX,
        severity=verdict.severity,
        confidence=verdict.confidence,
    )


def _owned_by_settings_rule(node: ast.expr, semantic: SemanticModel) -> bool:
    """`SECRET_KEY = "..."` in production settings is SEC306's (one finding per line)."""
    holder = _holder(node, semantic)
    return holder is not None and bool(set(holder.names) & data.PRODUCTION_SETTINGS_OWNED)


def _literal(node: ast.Constant, semantic: SemanticModel) -> tuple[ast.expr, str] | None:
    """The string a literal spells, with `"a" + "b"` folded (seen once, from its first part)."""
    text = _text(node.value)
    if text is None:
        return None
    top: ast.expr = node
    while True:
        parent = semantic.parent(top)
        if not (isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Add)):
            break
        top = parent
    if top is not node:
        leaves = _addends(top)
        parts = [_text(leaf.value) for leaf in leaves if isinstance(leaf, ast.Constant)]
        if len(parts) == len(leaves) and all(part is not None for part in parts):
            if leaves[0] is not node:
                return None  # reported once, from the first part
            text = "".join(part or "" for part in parts)
        else:
            top = node  # `"Bearer " + token`: only the literal itself
    if len(text) < data.MIN_LITERAL_LENGTH or _looks_like_regex(text):
        return None
    return top, text


_REGEX_SYNTAX = re.compile(r"\][+*?{]|\\[dwsSbB]|\(\?[:=!P<]|^\^.*\$$")


def _looks_like_regex(text: str) -> bool:
    """`r"[-!#$%&'*+.^_`|~0-9a-zA-Z]+"` (h11's `token`): a pattern, not a secret."""
    return _REGEX_SYNTAX.search(text) is not None


def _addends(expr: ast.expr) -> list[ast.expr]:
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        return [*_addends(expr.left), *_addends(expr.right)]
    return [expr]


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return None


def _in_example_file(file: FileContext) -> bool:
    return _is_example_file(file.path)


def _is_example_file(path: str) -> bool:
    parts = PurePosixPath(path.lower()).parts
    if any(part in data.EXAMPLE_DIRS for part in parts[:-1]):
        return True
    stem = PurePosixPath(parts[-1]).stem if parts else ""
    return bool(set(re.split(r"[^a-z0-9]+", stem)) & data.EXAMPLE_FILE_WORDS)


def mask(secret: str) -> str:
    """At most the first four characters and the length: enough to find it, not to use it."""
    shown = min(4, len(secret) // 4)
    return f"`{secret[:shown]}…` ({len(secret)} chars)"


# --- by shape ----------------------------------------------------------------------------------


# every hint of every known shape, in one pattern: most strings contain none of them
_ANY_HINT = re.compile("|".join(re.escape(h) for k in data.KNOWN_SECRETS for h in k.hints))


def _known_secret(text: str, *, bare: bool, development: bool) -> Verdict | None:
    if _ANY_HINT.search(text) is None:
        return None
    for known in data.KNOWN_SECRETS:
        if not any(hint in text for hint in known.hints):
            continue
        if (bare and known.kind in data.QUIET_IN_DOCUMENTATION) or (
            development and known.kind in data.QUIET_IN_DEVELOPMENT_SETTINGS
        ):
            continue
        for match in known.pattern.finditer(text):
            verdict = _judge_match(known, match)
            if verdict is not None:
                return verdict
    return None


def _judge_match(known: data.KnownSecret, match: re.Match[str]) -> Verdict | None:
    secret = match.group(known.secret_group or 0)
    if any(example in match.group(0) for example in data.KNOWN_EXAMPLES):
        return None
    if known.kind == "private-key":
        body = re.sub(r"[^A-Za-z0-9+/=]", "", secret)
        if len(body) < data.PRIVATE_KEY_MIN_BODY or len(set(body)) < data.MIN_TOKEN_BODY_DISTINCT:
            return None
        kind = match.group("type").strip()
        what = f"{kind} private key" if kind else "private key"
        return _shape_verdict(known, what, f"block ({len(match.group(0))} chars)")
    if known.kind in data.PASSWORD_IN_TEXT:
        user = match.groupdict().get("user") or ""
        if not _real_url_password(secret, user):
            return None
        return _shape_verdict(known, known.provider, mask(secret))
    if _redacted(_token_body(secret, known.hints)):
        return None
    return _shape_verdict(known, known.provider, mask(secret))


def _shape_verdict(known: data.KnownSecret, what: str, masked: str) -> Verdict:
    return Verdict(what, masked, severity=known.severity, confidence=known.confidence)


def _token_body(secret: str, hints: tuple[str, ...]) -> str:
    for hint in hints:
        if secret.startswith(hint):
            return secret[len(hint) :]
    return secret


def _redacted(body: str) -> bool:
    return (
        len(set(body)) < data.MIN_TOKEN_BODY_DISTINCT
        or any(part in body for part in data.REDACTION_PARTS)
        or _has_sequence(body)
    )


def _real_url_password(password: str, user: str) -> bool:
    return (
        password != user
        and password not in data.URL_PASSWORD_PLACEHOLDERS
        and not _placeholder(password)
        and _passes(password, data.URL_PASSWORD_THRESHOLD)
    )


# --- by name and entropy -----------------------------------------------------------------------


def _named_secret(node: ast.expr, text: str, semantic: SemanticModel) -> Verdict | None:
    value = _strip_scheme(text)
    if not _random_enough(value):
        return None  # both verdicts below need it: no need to find where the literal goes
    holder = _holder(node, semantic)
    if holder is None:
        return None
    if _is_aws_secret(holder.names, value):
        return Verdict(
            "AWS secret access key",
            mask(value),
            severity=Severity.CRITICAL,
            where=_where(holder),
        )
    kinds = {_name_kind(name) for name in holder.names} - {None}
    if not kinds:
        return None
    kind = "password" if holder.pair or "password" in kinds else "secret"
    strength = _strength(value, kind)
    if strength is None:
        return None
    weaker = holder.env_variable is not None or kind == "password"
    return Verdict(
        kind,
        mask(value),
        confidence=Confidence.MEDIUM if weaker else strength,
        where=_where(holder),
    )


def _where(holder: Holder) -> str:
    if holder.env_variable is not None:
        return f"as the fallback of environment variable `{holder.env_variable}`"
    return f"in `{holder.names[0]}`" if holder.names else ""


def _strip_scheme(text: str) -> str:
    for scheme in data.AUTH_SCHEMES:
        if text.startswith(scheme):
            return text[len(scheme) :]
    return text


def _is_aws_secret(names: tuple[str, ...], value: str) -> bool:
    if not data.AWS_SECRET_SHAPE.fullmatch(value) or not _random_enough(value):
        return False
    for name in names:
        words = _words(name)
        if set(words) & data.AWS_WORDS and _name_kind(name) is not None:
            return True
    return False


def _words(name: str) -> list[str]:
    """`awsSecretAccessKey`, `AWS_SECRET_ACCESS_KEY`, `x-api-key` -> lowercase words."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    words = (word.rstrip("0123456789") for word in re.split(r"[^A-Za-z0-9]+", spaced.lower()))
    return [word for word in words if word]


def _last_word(name: str) -> str:
    words = _words(name)
    return words[-1] if words else ""


def _name_kind(name: str) -> str | None:
    """`password` or `secret` when the name's last word says it holds one."""
    words = _words(name)
    if not words:
        return None
    last, previous = words[-1], (words[-2] if len(words) > 1 else "")
    last = data.PLURALS.get(last, last)
    if previous in data.NOT_SECRET_QUALIFIERS:
        return None
    if last in data.PASSWORD_WORDS:
        return "password"
    if last in data.SECRET_WORDS or (last == "key" and previous in data.KEY_QUALIFIERS):
        return "secret"
    return None


def _strength(value: str, kind: str) -> Confidence | None:
    """How sure we are that `value` is a real secret of this kind (None: it is not one)."""
    if not _random_enough(value):
        return None
    if kind == "password":
        return Confidence.MEDIUM if _passes(value, data.PASSWORD_THRESHOLD) else None
    compact = value.replace("-", "")
    strict = (
        data.HEX_SECRET_THRESHOLD if data.HEX_PATTERN.fullmatch(compact) else data.SECRET_THRESHOLD
    )
    if _passes(compact, strict):
        return Confidence.HIGH
    return Confidence.MEDIUM if _passes(value, data.SHORT_SECRET_THRESHOLD) else None


_SPACE = re.compile(r"\s")  # `str.isspace` characters (the same Unicode table)
_ANY_PLACEHOLDER_PART = re.compile("|".join(re.escape(p) for p in data.PLACEHOLDER_PARTS))


def _random_enough(value: str) -> bool:
    """Not a placeholder, a template, an identifier, a path or a pattern."""
    return not (
        _SPACE.search(value) is not None
        or _placeholder(value)
        or data.IDENTIFIER_PATTERN.fullmatch(value)
        or value.startswith(data.PATH_PREFIXES)
        or value.lower().endswith(data.FILE_SUFFIXES)
        or data.EMAIL_PATTERN.fullmatch(value)
        or len(set(value)) < data.MIN_DISTINCT
        or _has_sequence(value)
    )


def _placeholder(value: str) -> bool:
    return (
        _ANY_PLACEHOLDER_PART.search(value.lower()) is not None
        or data.TEMPLATE_PATTERN.search(value) is not None
        or value in data.KNOWN_EXAMPLES
    )


def _passes(value: str, threshold: data.Threshold) -> bool:
    return (
        len(value) >= threshold.min_length
        and _classes(value) >= threshold.min_classes
        and entropy(value) >= threshold.min_entropy
    )


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    if not value:
        return 0.0
    size = len(value)
    return -sum(n / size * math.log2(n / size) for n in Counter(value).values())


def _classes(value: str) -> int:
    return sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
            any(not c.isalnum() for c in value),
        )
    )


def _has_sequence(value: str) -> bool:
    """A run like `abcdefgh` or `12345678`: typed by a person, not generated."""
    run = 1
    for before, after in itertools.pairwise(value):
        run = run + 1 if ord(after) == ord(before) + 1 else 1
        if run >= data.SEQUENCE_RUN:
            return True
    return False


# --- where a literal goes ----------------------------------------------------------------------


def _holder(node: ast.expr, semantic: SemanticModel) -> Holder | None:
    current: ast.expr = _unwrap(node, semantic)
    parent = semantic.parent(current)
    if isinstance(parent, ast.Tuple | ast.List | ast.Set):
        return _element_holder(parent, current, semantic)
    return _direct_holder(current, parent, semantic)


def _direct_holder(
    current: ast.expr, parent: ast.AST | None, semantic: SemanticModel
) -> Holder | None:
    if isinstance(parent, ast.BoolOp) and isinstance(parent.op, ast.Or):
        return _or_fallback(parent, current, semantic)
    if isinstance(parent, ast.keyword | ast.Call):
        fallback = _env_fallback(parent, current, semantic)
        if fallback is not None:
            return fallback
    names = _names(current, parent, semantic)
    return Holder(names) if names else None


def _element_holder(
    sequence: ast.Tuple | ast.List | ast.Set, element: ast.expr, semantic: SemanticModel
) -> Holder | None:
    """`auth=("user", "password")` is a pair; `API_KEYS = ["...", "..."]` holds secrets."""
    outer = _direct_holder(sequence, semantic.parent(sequence), semantic)
    if outer is None:
        return None
    if any(_last_word(name) in data.PLURALS for name in outer.names):
        return outer
    first = sequence.elts[0] if sequence.elts else None
    if (
        not isinstance(sequence, ast.Set)
        and len(sequence.elts) == 2  # a (user, password) pair
        and sequence.elts[1] is element
        and isinstance(first, ast.Constant)
        and isinstance(first.value, str)
    ):
        return Holder(outer.names, outer.env_variable, pair=True)
    return None


def _unwrap(node: ast.expr, semantic: SemanticModel) -> ast.expr:
    """Climb out of `"...".encode()` and `SecretStr("...")`."""
    current = node
    for _ in range(4):
        parent = semantic.parent(current)
        grand = semantic.parent(parent) if parent is not None else None
        if (
            isinstance(parent, ast.Attribute)
            and parent.attr in data.WRAPPER_METHODS
            and isinstance(grand, ast.Call)
            and grand.func is parent
        ):
            current = grand
        elif (
            isinstance(parent, ast.Call)
            and current in parent.args
            and semantic.qualified_name(parent.func) in data.WRAPPER_CALLS
        ):
            current = parent
        else:
            break
    return current


def _or_fallback(
    operation: ast.BoolOp, current: ast.expr, semantic: SemanticModel
) -> Holder | None:
    """`os.environ.get("TOKEN") or "..."`: the literal is the fallback of the variable."""
    if operation.values[-1] is not current:
        return None
    names = _names(operation, semantic.parent(operation), semantic)
    for value in operation.values[:-1]:
        if isinstance(value, ast.Call) and _env_spec(value, semantic) is not None:
            variable = _env_name(value, semantic)
            return Holder((*names, variable) if variable else names, variable or "?")
    return Holder(names) if names else None


def _env_fallback(parent: ast.AST, current: ast.expr, semantic: SemanticModel) -> Holder | None:
    """`os.getenv("API_KEY", "...")`, `env.str("API_KEY", default="...")`."""
    call = semantic.parent(parent) if isinstance(parent, ast.keyword) else parent
    if not isinstance(call, ast.Call):
        return None
    spec = _env_spec(call, semantic)
    if spec is None:
        return None
    position, keyword = spec
    is_default = (
        parent.arg == keyword
        if isinstance(parent, ast.keyword)
        else position is not None and position < len(call.args) and call.args[position] is current
    )
    if not is_default:
        return None
    variable = _env_name(call, semantic)
    names = _names(call, semantic.parent(call), semantic)
    return Holder((*names, variable) if variable else names, variable or "?")


def _env_spec(call: ast.Call, semantic: SemanticModel) -> tuple[int | None, str | None] | None:
    qualified = semantic.qualified_name(call.func)
    if qualified in data.ENV_DEFAULT_CALLS:
        return data.ENV_DEFAULT_CALLS[qualified]
    func = call.func
    if isinstance(func, ast.Attribute) and _is_env_instance(func.value, semantic):
        return data.ENV_DEFAULT_METHODS.get(func.attr)
    if isinstance(func, ast.Name) and _is_env_instance(func, semantic):
        return data.ENV_INSTANCE_CALL
    return None


def _is_env_instance(expr: ast.expr, semantic: SemanticModel) -> bool:
    """`env` after `env = environ.Env()`."""
    if not isinstance(expr, ast.Name):
        return False
    values = semantic.assigned_values(expr) or []
    return bool(values) and all(
        isinstance(v, ast.Call) and semantic.qualified_name(v.func) in data.ENV_FACTORIES
        for v in values
    )


def _env_name(call: ast.Call, semantic: SemanticModel) -> str | None:
    first = call.args[0] if call.args else None
    value = semantic.literal_value(first) if first is not None else None
    return value if isinstance(value, str) else None


def _names(current: ast.AST, parent: ast.AST | None, semantic: SemanticModel) -> tuple[str, ...]:
    """The names a value is given by what holds it: a target, a keyword, a dict key, a parameter,
    the other side of a comparison, or a password setter it is passed to."""
    if isinstance(parent, ast.keyword):
        return (parent.arg,) if parent.arg else ()
    if isinstance(parent, ast.Assign) and parent.value is current:
        return tuple(name for target in parent.targets for name in _target_names(target, semantic))
    if isinstance(parent, ast.AnnAssign | ast.NamedExpr) and parent.value is current:
        return _target_names(parent.target, semantic)
    if isinstance(parent, ast.Dict):
        return _dict_key(parent, current, semantic)
    if isinstance(parent, ast.arguments):
        return _parameter(parent, current)
    if isinstance(parent, ast.Compare):
        return _compared(parent, current, semantic)
    if isinstance(parent, ast.Call):
        return _setter_argument(parent, current)
    return ()


def _target_names(target: ast.expr, semantic: SemanticModel) -> tuple[str, ...]:
    if isinstance(target, ast.Name):
        return (target.id,)
    if isinstance(target, ast.Attribute):
        return (target.attr,)
    if isinstance(target, ast.Subscript):
        key = semantic.literal_value(target.slice)
        return (key,) if isinstance(key, str) else ()
    return ()


def _dict_key(mapping: ast.Dict, value: ast.AST, semantic: SemanticModel) -> tuple[str, ...]:
    for key, item in zip(mapping.keys, mapping.values, strict=True):
        if item is value and key is not None:
            name = semantic.literal_value(key)
            return (name,) if isinstance(name, str) else ()
    return ()


def _parameter(arguments: ast.arguments, default: ast.AST) -> tuple[str, ...]:
    positional = [*arguments.posonlyargs, *arguments.args]
    pairs = [
        *zip(
            positional[len(positional) - len(arguments.defaults) :], arguments.defaults, strict=True
        ),
        *zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True),
    ]
    return tuple(arg.arg for arg, value in pairs if value is default)


def _compared(compare: ast.Compare, value: ast.AST, semantic: SemanticModel) -> tuple[str, ...]:
    if not all(isinstance(op, ast.Eq | ast.NotEq) for op in compare.ops):
        return ()
    operands = [compare.left, *compare.comparators]
    return tuple(
        name
        for operand in operands
        if operand is not value
        for name in _target_names(operand, semantic)
    )


def _setter_argument(call: ast.Call, value: ast.AST) -> tuple[str, ...]:
    """`user.set_password("...")`: the last positional argument of a password setter."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name in data.PASSWORD_SETTERS and call.args and call.args[-1] is value:
        return ("password",)
    return ()


RULE = Rule(
    code="SEC401",
    name="hard-coded-secret",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(798,),
    owasp=("A07:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Constant,),
    check=check,
)
