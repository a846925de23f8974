"""# TLS certificate verification disabled

## What it does
Finds HTTPS clients told not to verify the server's certificate:
- requests: `requests.get(url, verify=False)`, `session.post(..., verify=False)` and
  `session.verify = False` on a `requests.Session()`;
- httpx: `httpx.get(url, verify=False)`, `httpx.Client(verify=False)`, `httpx.AsyncClient(...)`;
- aiohttp: `session.get(url, ssl=False)`, `verify_ssl=False`, `aiohttp.TCPConnector(ssl=False)`;
- urllib3: `PoolManager(cert_reqs="CERT_NONE")` (or `ssl.CERT_NONE`);
- the `ssl` module: `ssl._create_unverified_context()` (and installing it as the default HTTPS
  context), `ctx.check_hostname = False` and `ctx.verify_mode = ssl.CERT_NONE`.

Values are resolved through module constants (`VERIFY = False; requests.get(url, verify=VERIFY)`)
and names are resolved through imports and aliases. An environment read whose default is false
(`verify=os.environ.get("VERIFY_TLS", False)`) is reported with medium confidence. A CA bundle
path (`verify="/etc/ssl/internal-ca.pem"`), `verify=True`, a value from settings, and tests are
quiet. `urllib3.disable_warnings()` is not reported on its own: it only hides the warning.

## Why it matters
Without verification, TLS still encrypts, but to whoever answers: anyone on the network path
(public Wi-Fi, a compromised router, a malicious proxy, DNS spoofing) can present their own
certificate, read the traffic, including API keys, passwords and tokens sent by the client, and
change the responses. `verify=False` added "temporarily" to get past a certificate error is one of
the most common ways this ships to production.

## Example
```python
import requests

response = requests.get("https://payments.internal/api/charges", verify=False, timeout=10)
```

## Use instead
```python
import requests

# The internal service uses a private CA: trust that CA, and only it.
response = requests.get(
    "https://payments.internal/api/charges",
    verify="/etc/ssl/certs/internal-ca.pem",
    timeout=10,
)
```
```python
import ssl

import httpx
import truststore

# Use the operating system's trust store (corporate CAs installed by IT included).
client = httpx.Client(verify=truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
```

## Alternatives and trade-offs
- A CA bundle (`verify="/path/ca.pem"`, `REQUESTS_CA_BUNDLE`, `SSL_CERT_FILE`) trusts exactly the
  private CA you need; it must be updated when the CA rotates.
- `truststore` uses the operating system's store, so certificates added by IT work without
  shipping files; behaviour then depends on the host.
- `certifi` ships Mozilla's bundle (what requests uses by default): predictable, but private CAs
  must be added explicitly.
- Certificate pinning goes further than verification but breaks on every rotation; reserve it for
  clients you fully control.
- For local development against a self-signed server, create a local CA with `mkcert` and trust
  it, rather than switching verification off in code.

## Libraries
`certifi`, `truststore`, `mkcert` (development CAs), `requests`, `httpx`, `aiohttp`, `urllib3`.

## References
- https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification
- https://www.python-httpx.org/advanced/ssl/
- https://docs.python.org/3/library/ssl.html#security-considerations
- https://cwe.mitre.org/data/definitions/295.html
"""

from __future__ import annotations

import ast
from collections.abc import Collection

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.settings import env_default, is_off
from scrutiny.frameworks.tls import (
    ANY_RECEIVER_ATTRIBUTES,
    CERT_NONE,
    CERT_NONE_NAMES,
    CERT_NONE_STRINGS,
    CONTEXT_ATTRIBUTES,
    CONTEXT_FACTORIES,
    SERVER_CONTEXT_ARGUMENTS,
    SESSION_VERIFY,
    SESSION_VERIFY_ATTRIBUTES,
    UNVERIFIED_CONTEXTS,
    VERIFY_CALLS,
    VerifyKeyword,
)
from scrutiny.rule import Rule
from scrutiny.semantic.model import UNKNOWN, SemanticModel

FIX = 'keep verification on; trust a private CA with `verify="/path/to/ca.pem"` or truststore'
WHY = "anyone on the network path can impersonate the server and read or change the traffic"


# the session methods and attributes of the tables: any other name needs no look at its receiver
_SESSION_METHODS = frozenset(m for methods, _ in SESSION_VERIFY.values() for m in methods)
_SESSION_ATTRIBUTES = frozenset(SESSION_VERIFY_ATTRIBUTES.values())


def check(node: ast.Call | ast.Assign, ctx: RuleContext) -> None:
    if isinstance(node, ast.Call):
        _check_call(node, ctx)
    else:
        _check_assignment(node, ctx)


def _check_call(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    callee = semantic.qualified_name(node.func)
    if callee in UNVERIFIED_CONTEXTS:
        ctx.report(
            node, f"`{callee}()` creates a TLS context that verifies nothing: {WHY}", fix=FIX
        )
        return
    if not node.keywords:
        return  # every other finding is a keyword
    keywords = VERIFY_CALLS.get(callee or "") or _session_keywords(node, semantic)
    for wanted in keywords or ():
        for keyword in node.keywords:
            if keyword.arg != wanted.keyword:
                continue
            verdict = _off(keyword.value, wanted.off, semantic)
            if verdict is not None:
                name = callee or ast.unparse(node.func)
                ctx.report(
                    node,
                    f"`{name}(..., {keyword.arg}={ast.unparse(keyword.value)})` {verdict}: {WHY}",
                    fix=FIX,
                    confidence=Confidence.MEDIUM if "unless" in verdict else None,
                )


def _session_keywords(node: ast.Call, semantic: SemanticModel) -> tuple[VerifyKeyword, ...]:
    """Keywords of `session.get(...)` when `session` is a requests / aiohttp session."""
    func = node.func
    if not isinstance(func, ast.Attribute) or func.attr not in _SESSION_METHODS:
        return ()
    factory = _factory(func.value, semantic, SESSION_VERIFY)
    if factory is None:
        return ()
    methods, keywords = SESSION_VERIFY[factory]
    return keywords if func.attr in methods else ()


def _factory(receiver: ast.expr, semantic: SemanticModel, table: Collection[str]) -> str | None:
    """The factory in `table` that created `receiver` (a call, a name or `self.attribute`), when
    every value it may hold comes from that one factory."""
    names = {
        semantic.qualified_name(value.func) if isinstance(value, ast.Call) else None
        for value in _possible_values(receiver, semantic)
    }
    if len(names) != 1:
        return None
    name = names.pop()
    return name if name in table else None


def _possible_values(receiver: ast.expr, semantic: SemanticModel) -> list[ast.expr]:
    if isinstance(receiver, ast.Call):
        return [receiver]
    if isinstance(receiver, ast.Name):
        values = semantic.assigned_values(receiver) or []
        return [v for v in values if v is not None] if all(v is not None for v in values) else []
    if isinstance(receiver, ast.Attribute) and isinstance(receiver.value, ast.Name):
        klass = _enclosing_class(receiver, semantic)
        if klass is not None:
            return list(semantic.attribute_values.get((klass, receiver.attr), []))
    return []


def _enclosing_class(node: ast.AST, semantic: SemanticModel) -> ast.ClassDef | None:
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.ClassDef):
            return ancestor
    return None


def _off(value: ast.expr, how: str, semantic: SemanticModel) -> str | None:
    """Why `value` turns verification off ("disables certificate verification", "may ..."), or
    None when it does not (or cannot be known)."""
    if how == CERT_NONE:
        if semantic.qualified_name(value) in CERT_NONE_NAMES:
            return "disables certificate verification"
        literal = semantic.literal_value(value)
        if isinstance(literal, str) and literal.upper() in CERT_NONE_STRINGS:
            return "disables certificate verification"
        return None
    literal = semantic.literal_value(value)
    if literal is False:
        return "disables certificate verification"
    default = _parameter_default(value, semantic)
    if default is not None and semantic.literal_value(default) is False:
        return "disables certificate verification unless the caller passes True"
    if literal is UNKNOWN and isinstance(value, ast.Call):
        default = env_default(value, semantic)
        if default is not None:
            fallback = semantic.literal_value(default)
            if fallback is not UNKNOWN and is_off(fallback):
                return "disables certificate verification unless the variable is set"
    return None


def _parameter_default(value: ast.expr, semantic: SemanticModel) -> ast.expr | None:
    """The default of the parameter `value` names, when it is never reassigned in the function."""
    if not isinstance(value, ast.Name):
        return None
    bindings = semantic.lookup(value.id, value)
    if bindings is None or len(bindings) != 1:
        return None
    for ancestor in semantic.ancestors(value):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return _default_of(ancestor.args, value.id)
    return None


def _default_of(args: ast.arguments, name: str) -> ast.expr | None:
    positional = [*args.posonlyargs, *args.args]
    offset = len(positional) - len(args.defaults)
    for index, arg in enumerate(positional):
        if arg.arg == name:
            return args.defaults[index - offset] if index >= offset else None
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        if arg.arg == name:
            return default
    return None


def _check_assignment(node: ast.Assign, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    if semantic.qualified_name(node.value) in UNVERIFIED_CONTEXTS:
        ctx.report(
            node,
            "the default HTTPS context is replaced by one that verifies nothing: every "
            f"`urllib` request in the process is affected; {WHY}",
            fix=FIX,
        )
        return
    for target in node.targets:
        if not isinstance(target, ast.Attribute):
            continue
        how = CONTEXT_ATTRIBUTES.get(target.attr)
        if (
            how is not None
            and _is_context(target, semantic)
            and _off(node.value, how, semantic) is not None
            and not _implements_callers_choice(node, semantic)
        ):
            ctx.report(
                node,
                f"`{ast.unparse(target)} = {ast.unparse(node.value)}` turns off TLS "
                f"{'hostname checking' if target.attr == 'check_hostname' else 'verification'}: "
                f"{WHY}",
                fix=FIX,
            )
        elif (
            _is_session_verify(target, semantic)
            and _off(node.value, "false", semantic)
            and not _implements_callers_choice(node, semantic)
        ):
            ctx.report(
                node,
                f"`{ast.unparse(target)} = {ast.unparse(node.value)}` disables certificate "
                f"verification for every request of the session: {WHY}",
                fix=FIX,
            )


def _implements_callers_choice(node: ast.AST, semantic: SemanticModel) -> bool:
    """Under `if verify is False:` where `verify` is a parameter of the enclosing function: a
    client library implementing its caller's `verify=False` option, not turning checks off."""
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef):
            return False
        if isinstance(ancestor, ast.If):
            names = {n.id for n in ast.walk(ancestor.test) if isinstance(n, ast.Name)}
            function = next(
                (
                    a
                    for a in semantic.ancestors(ancestor)
                    if isinstance(a, ast.FunctionDef | ast.AsyncFunctionDef)
                ),
                None,
            )
            if function is not None:
                arguments = function.args
                every = (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)
                if names & {a.arg for a in every}:
                    return True
    return False


def _is_context(target: ast.Attribute, semantic: SemanticModel) -> bool:
    """Whether `target`'s object is an SSL context someone else will use (never `self`: a class
    initialising its own attributes is a context implementation, not a weakened context)."""
    if _is_self(target.value, semantic) or _is_server_context(target.value, semantic):
        return False
    if target.attr in ANY_RECEIVER_ATTRIBUTES:
        return True
    return _factory(target.value, semantic, CONTEXT_FACTORIES) is not None


def _is_server_context(receiver: ast.expr, semantic: SemanticModel) -> bool:
    """Whether every value `receiver` may hold is a server-side context
    (`ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)`, `create_default_context(Purpose.CLIENT_AUTH)`)."""
    values = _possible_values(receiver, semantic)
    return bool(values) and all(_server_side(value, semantic) for value in values)


def _server_side(value: ast.expr, semantic: SemanticModel) -> bool:
    if not isinstance(value, ast.Call):
        return False
    argument = SERVER_CONTEXT_ARGUMENTS.get(semantic.qualified_name(value.func) or "")
    if argument is None:
        return False
    position, keyword, server_values = argument
    given = next((k.value for k in value.keywords if k.arg == keyword), None)
    if given is None and len(value.args) > position:
        given = value.args[position]
    if given is None:
        return False
    if isinstance(given, ast.Name):  # `SERVER = ssl.PROTOCOL_TLS_SERVER`
        assigned = semantic.assigned_values(given) or []
        if len(assigned) == 1 and assigned[0] is not None:
            given = assigned[0]
    return semantic.qualified_name(given) in server_values


def _is_self(expr: ast.expr, semantic: SemanticModel) -> bool:
    if not isinstance(expr, ast.Name):
        return False
    for ancestor in semantic.ancestors(expr):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef):
            params = ancestor.args.posonlyargs + ancestor.args.args
            is_method = isinstance(semantic.parent(ancestor), ast.ClassDef)
            return is_method and bool(params) and params[0].arg == expr.id
    return False


def _is_session_verify(target: ast.Attribute, semantic: SemanticModel) -> bool:
    if target.attr not in _SESSION_ATTRIBUTES:
        return False
    factory = _factory(target.value, semantic, SESSION_VERIFY_ATTRIBUTES)
    return factory is not None and SESSION_VERIFY_ATTRIBUTES[factory] == target.attr


RULE = Rule(
    code="SEC307",
    name="tls-verification-disabled",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(295,),
    owasp=("A02:2021", "A07:2021"),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call, ast.Assign),
    check=check,
)
