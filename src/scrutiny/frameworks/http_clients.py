"""HTTP client APIs: which calls can hang forever without a timeout, and how timeouts are passed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HttpCall:
    qualname: str
    timeout_position: int | None  # positional index of the timeout argument, if it has one
    unbounded_by_default: bool  # True when omitting the timeout means "wait forever"
    library: str


_REQUESTS_VERBS = ("get", "options", "head", "post", "put", "patch", "delete")

HTTP_CALLS: dict[str, HttpCall] = {
    call.qualname: call
    for call in (
        *(HttpCall(f"requests.{verb}", None, True, "requests") for verb in _REQUESTS_VERBS),
        *(HttpCall(f"requests.api.{verb}", None, True, "requests") for verb in _REQUESTS_VERBS),
        HttpCall("requests.request", None, True, "requests"),
        HttpCall("requests.api.request", None, True, "requests"),
        HttpCall("urllib.request.urlopen", 2, True, "urllib"),
        HttpCall("http.client.HTTPConnection", 2, True, "http.client"),
        HttpCall("http.client.HTTPSConnection", 2, True, "http.client"),
        # httpx defaults to a 5 second timeout: only an explicit `timeout=None` is a problem.
        *(
            HttpCall(f"httpx.{verb}", None, False, "httpx")
            for verb in (*_REQUESTS_VERBS, "request", "stream")
        ),
        HttpCall("httpx.Client", None, False, "httpx"),
        HttpCall("httpx.AsyncClient", None, False, "httpx"),
        # urllib3 2.x module-level `urllib3.request()`: no timeout by default.
        HttpCall("urllib3.request", None, True, "urllib3"),
        HttpCall("urllib3._request_methods.request", None, True, "urllib3"),
        # aiohttp's one-shot `aiohttp.request()` uses the 5 minute session default.
        HttpCall("aiohttp.request", None, False, "aiohttp"),
        HttpCall("aiohttp.client.request", None, False, "aiohttp"),
    )
}

# Constructors of session (client) objects: qualified name -> library.
SESSION_FACTORIES: dict[str, str] = {
    "requests.Session": "requests",
    "requests.session": "requests",
    "requests.sessions.Session": "requests",
    "httpx.Client": "httpx",
    "httpx.AsyncClient": "httpx",
    "aiohttp.ClientSession": "aiohttp",
    "aiohttp.client.ClientSession": "aiohttp",
    **{
        factory: "urllib3"
        for factory in (
            "urllib3.PoolManager",
            "urllib3.poolmanager.PoolManager",
            "urllib3.ProxyManager",
            "urllib3.poolmanager.ProxyManager",
            "urllib3.HTTPConnectionPool",
            "urllib3.HTTPSConnectionPool",
            "urllib3.connectionpool.HTTPConnectionPool",
            "urllib3.connectionpool.HTTPSConnectionPool",
            "urllib3.connection_from_url",
            "urllib3.connectionpool.connection_from_url",
            "urllib3.proxy_from_url",
        )
    },
}
# Libraries whose sessions have a default timeout: only an explicit `timeout=None` is a problem.
# (aiohttp: `ClientTimeout(total=300)`, 5 minutes; httpx: 5 seconds.)
BOUNDED_SESSION_LIBRARIES = frozenset({"httpx", "aiohttp"})
SESSION_METHODS = frozenset({*_REQUESTS_VERBS, "request", "stream"})
# Methods that send a request, per session library (default: SESSION_METHODS).
LIBRARY_SESSION_METHODS: dict[str, frozenset[str]] = {
    "urllib3": frozenset({"request", "urlopen", "request_encode_url", "request_encode_body"}),
    "aiohttp": frozenset({*_REQUESTS_VERBS, "request", "ws_connect"}),
}
# Timeout objects and the arguments that bound something; an object with none of them set (or all
# set to None) waits forever: `aiohttp.ClientTimeout()`, `httpx.Timeout(None)`.
TIMEOUT_OBJECTS: dict[str, tuple[str, ...]] = {
    "aiohttp.ClientTimeout": ("total", "connect", "sock_read", "sock_connect"),
    "aiohttp.client.ClientTimeout": ("total", "connect", "sock_read", "sock_connect"),
    "httpx.Timeout": ("timeout", "connect", "read", "write", "pool"),
}

# boto3/botocore clients default to 60 s connect and 60 s read timeouts (with retries): bounded,
# so REL101 does not report `boto3.client("s3")` without `config=Config(...)`.

# A default timeout installed on a session object: `session.request = functools.partial(
# session.request, timeout=10)`, or an adapter subclass mounted with `session.mount(...)`.
PARTIAL_FUNCTIONS = frozenset({"functools.partial"})
SESSION_MOUNT_METHOD = "mount"
PLAIN_ADAPTERS = frozenset({"requests.adapters.HTTPAdapter", "requests.HTTPAdapter"})

# Module-level request functions that open a new connection on every call (REL119), and the
# client that reuses connections instead.
ONE_SHOT_REQUEST_FUNCTIONS: dict[str, str] = {
    **{f"requests.{v}": "requests.Session()" for v in (*_REQUESTS_VERBS, "request")},
    **{f"requests.api.{v}": "requests.Session()" for v in (*_REQUESTS_VERBS, "request")},
    **{f"httpx.{v}": "httpx.Client()" for v in (*_REQUESTS_VERBS, "request", "stream")},
}

# Libraries that fall back on `socket.setdefaulttimeout()` when no timeout is given.
DEFAULT_TIMEOUT_LIBRARIES = frozenset({"urllib", "http.client"})
DEFAULT_TIMEOUT_SETTERS = frozenset({"socket.setdefaulttimeout"})
