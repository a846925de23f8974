"""TLS certificate verification in HTTP clients and the `ssl` module: which arguments and
attributes turn it off, as data."""

from __future__ import annotations

from dataclasses import dataclass

# How a value turns verification off: `false` (a false value: `verify=False`, `ssl=False`) or
# `cert-none` (`ssl.CERT_NONE`, `"CERT_NONE"`, `"NONE"`).
FALSE = "false"
CERT_NONE = "cert-none"


@dataclass(frozen=True)
class VerifyKeyword:
    keyword: str
    off: str  # FALSE | CERT_NONE


_REQUESTS_VERBS = ("get", "options", "head", "post", "put", "patch", "delete", "request")
_VERIFY = (VerifyKeyword("verify", FALSE),)
_AIOHTTP = (VerifyKeyword("ssl", FALSE), VerifyKeyword("verify_ssl", FALSE))
_CERT_REQS = (VerifyKeyword("cert_reqs", CERT_NONE),)

# Module-level functions and constructors: qualified name -> keywords that can turn TLS off.
VERIFY_CALLS: dict[str, tuple[VerifyKeyword, ...]] = {
    **{f"requests.{verb}": _VERIFY for verb in _REQUESTS_VERBS},
    **{f"requests.api.{verb}": _VERIFY for verb in _REQUESTS_VERBS},
    **{f"httpx.{verb}": _VERIFY for verb in (*_REQUESTS_VERBS, "stream")},
    "httpx.Client": _VERIFY,
    "httpx.AsyncClient": _VERIFY,
    "httpx.HTTPTransport": _VERIFY,
    "httpx.AsyncHTTPTransport": _VERIFY,
    "aiohttp.request": _AIOHTTP,
    "aiohttp.TCPConnector": _AIOHTTP,
    "aiohttp.connector.TCPConnector": _AIOHTTP,
    "urllib3.PoolManager": _CERT_REQS,
    "urllib3.ProxyManager": _CERT_REQS,
    "urllib3.HTTPSConnectionPool": _CERT_REQS,
    "urllib3.connectionpool.HTTPSConnectionPool": _CERT_REQS,
    "urllib3.connection_from_url": _CERT_REQS,
    "urllib3.util.ssl_.create_urllib3_context": _CERT_REQS,
    "urllib3.util.create_urllib3_context": _CERT_REQS,
    "ssl.wrap_socket": _CERT_REQS,
}

# Session objects whose request methods accept the same keywords: factory -> (methods, keywords).
SESSION_VERIFY: dict[str, tuple[frozenset[str], tuple[VerifyKeyword, ...]]] = {
    "requests.Session": (frozenset(_REQUESTS_VERBS), _VERIFY),
    "requests.session": (frozenset(_REQUESTS_VERBS), _VERIFY),
    "requests.sessions.Session": (frozenset(_REQUESTS_VERBS), _VERIFY),
    "aiohttp.ClientSession": (frozenset({*_REQUESTS_VERBS, "ws_connect"}), _AIOHTTP),
    "aiohttp.client.ClientSession": (frozenset({*_REQUESTS_VERBS, "ws_connect"}), _AIOHTTP),
}
# Sessions whose `verify` attribute turns verification off for every request: `s.verify = False`.
SESSION_VERIFY_ATTRIBUTES: dict[str, str] = {
    "requests.Session": "verify",
    "requests.session": "verify",
    "requests.sessions.Session": "verify",
}

# Functions that return a context that verifies nothing (private, but widely copied).
UNVERIFIED_CONTEXTS = frozenset({"ssl._create_unverified_context", "ssl._create_stdlib_context"})
# Attributes of an `ssl.SSLContext` that turn verification off. `verify_mode = ssl.CERT_NONE` is
# unambiguous on any object; `check_hostname = False` only counts on a context created by one of
# CONTEXT_FACTORIES (libraries that check host names themselves set it on their own contexts).
CONTEXT_ATTRIBUTES: dict[str, str] = {"check_hostname": FALSE, "verify_mode": CERT_NONE}
ANY_RECEIVER_ATTRIBUTES = frozenset({"verify_mode"})
CONTEXT_FACTORIES = frozenset(
    {
        "ssl.create_default_context",
        "ssl.SSLContext",
        "urllib3.util.ssl_.create_urllib3_context",
        "urllib3.util.create_urllib3_context",
        "truststore.SSLContext",
    }
)
CERT_NONE_NAMES = frozenset({"ssl.CERT_NONE", "ssl.VerifyMode.CERT_NONE"})
CERT_NONE_STRINGS = frozenset({"CERT_NONE", "NONE"})

# Context factories whose argument can make a *server-side* context, on which
# `verify_mode = CERT_NONE` only means "do not ask clients for certificates" (no mutual TLS), and
# `check_hostname` is unused: factory -> (argument position, keyword, server-side values).
SERVER_CONTEXT_ARGUMENTS: dict[str, tuple[int, str, frozenset[str]]] = {
    "ssl.SSLContext": (0, "protocol", frozenset({"ssl.PROTOCOL_TLS_SERVER"})),
    "ssl.create_default_context": (0, "purpose", frozenset({"ssl.Purpose.CLIENT_AUTH"})),
}
