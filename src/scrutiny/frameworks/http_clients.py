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
    )
}

# Constructors of session (client) objects: qualified name -> library.
SESSION_FACTORIES: dict[str, str] = {
    "requests.Session": "requests",
    "requests.session": "requests",
    "requests.sessions.Session": "requests",
    "httpx.Client": "httpx",
    "httpx.AsyncClient": "httpx",
}
# Libraries whose sessions have a default timeout: only an explicit `timeout=None` is a problem.
BOUNDED_SESSION_LIBRARIES = frozenset({"httpx"})
SESSION_METHODS = frozenset({*_REQUESTS_VERBS, "request", "stream"})
