"""Development-server middleware: record every statement of each request, review it, log findings.

Three adapters share one `RequestReviewer`:

* `ScrutinyASGIMiddleware` (Starlette, FastAPI, any ASGI app): `app.add_middleware(
  ScrutinyASGIMiddleware, engines=[engine])`, or wrap by hand;
* `ScrutinyWSGIMiddleware` (Flask, any WSGI app): `app.wsgi_app = ScrutinyWSGIMiddleware(
  app.wsgi_app, engines=[db.engine])`;
* `ScrutinyDjangoMiddleware`: add `"scrutiny.middleware.ScrutinyDjangoMiddleware"` to
  `MIDDLEWARE`; it is active when `DEBUG` is on (or `SCRUTINY_MIDDLEWARE["enabled"]` is true)
  and reads its options from the `SCRUTINY_MIDDLEWARE` setting (keys of `ReviewSettings`).

Each request runs in a recorder context named after it (`"GET /orders/"`). Django connections
are recorded through `Recorder.install_django()`, SQLAlchemy engines (sync or async) through
`Recorder.instrument_sqlalchemy()`: public hooks only. When the request is over (the ASGI app
returned, the WSGI body was closed, the Django view returned its response) the statements are
analysed with the same `analyze()` as the pytest plugin, and each finding is logged as one line
on the `scrutiny.requests` logger, with its fix. The response is never touched: the middlewares
do not read, buffer or change status, headers or body, and a failure of the review itself is
logged, never raised. These are for development servers: recording keeps a stack per statement.
Django is imported only by the Django middleware.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import (
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    MutableMapping,
    Sequence,
)
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrutiny.config import ConfigError, load_config
from scrutiny.finding import Finding
from scrutiny.registry import Registry
from scrutiny.runtime.analysis import AnalysisCaches, AnalysisSettings, analyze
from scrutiny.runtime.recorder import Capture, Recorder, RecorderSettings
from scrutiny.runtime.schema import SchemaHints
from scrutiny.selection import Selection

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

__all__ = [
    "LOGGER_NAME",
    "RequestReviewer",
    "ReviewSettings",
    "ScrutinyASGIMiddleware",
    "ScrutinyDjangoMiddleware",
    "ScrutinyWSGIMiddleware",
    "format_finding",
]

LOGGER_NAME = "scrutiny.requests"
DJANGO_SETTING = "SCRUTINY_MIDDLEWARE"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass(frozen=True)
class ReviewSettings:
    """What a middleware records and reports.

    * `threshold`: repetitions of one query from one call site that make an N+1 (DB101);
    * `slow_ms`: statements slower than this are reported (DB108);
    * `explain`: run `EXPLAIN` once per new filtered SELECT to find missing indexes (DB201);
    * `redact_params`: keep `<redacted>` instead of parameter values;
    * `allow_fingerprints`, `allow_sites`: globs of normalized SQL / `path:line` call sites
      never reported;
    * `root`: the project directory call sites are shown relative to (default: the current
      directory when the middleware is built, or Django's `BASE_DIR`);
    * `logger`: the logger findings go to.
    """

    threshold: int = 5
    slow_ms: float = 100.0
    explain: bool = True
    redact_params: bool = False
    allow_fingerprints: tuple[str, ...] = ()
    allow_sites: tuple[str, ...] = ()
    root: Path | None = None
    logger: str = LOGGER_NAME

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> ReviewSettings:
        """Settings from a plain mapping (Django's `SCRUTINY_MIDDLEWARE`); unknown keys fail."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known - {"enabled"})
        if unknown:
            raise ValueError(
                f"unknown {DJANGO_SETTING} option(s): {', '.join(unknown)}; "
                f"expected: enabled, {', '.join(sorted(known))}"
            )
        chosen = {k: v for k, v in values.items() if k in known}
        for key in ("allow_fingerprints", "allow_sites"):
            if key in chosen:
                chosen[key] = tuple(chosen[key])
        if chosen.get("root") is not None:
            chosen["root"] = Path(chosen["root"])
        return cls(**chosen)

    def analysis(self) -> AnalysisSettings:
        return AnalysisSettings(
            n_plus_one_threshold=self.threshold,
            slow_ms=self.slow_ms,
            explain=self.explain,
            allow_fingerprints=self.allow_fingerprints,
            allow_sites=self.allow_sites,
        )


def format_finding(request: str, finding: Finding) -> str:
    """One log line: request, code, place, message and fix (line breaks folded)."""
    where = f"{finding.path}:{finding.line}"
    if finding.symbol:
        where += f" in {finding.symbol}"
    text = f"{request}: {finding.code} {finding.name} at {where}: {finding.message}"
    if finding.fix:
        text += f" | fix: {finding.fix}"
    return " ".join(text.split())


class RequestReviewer:
    """One recorder for the life of a server, a context per request, findings logged after it.

    `instrument(engine)` records a SQLAlchemy `Engine` or `AsyncEngine`; `install_django()`
    records every Django connection (those open now and those opened later, in any thread).
    `close()` removes both.
    """

    def __init__(
        self,
        settings: ReviewSettings | None = None,
        *,
        registry: Registry | None = None,
        recorder: Recorder | None = None,
    ) -> None:
        self.settings = settings or ReviewSettings()
        self.recorder = recorder or Recorder(
            RecorderSettings(
                redact_params=self.settings.redact_params, explain=self.settings.explain
            )
        )
        self.root = self.settings.root or Path.cwd()
        self.logger = logging.getLogger(self.settings.logger)
        self.schema: Callable[[], SchemaHints] = SchemaHints
        self._registry = registry
        self._selection: Selection | None = None
        self._configured = False
        self._analysis = self.settings.analysis()
        self._caches = AnalysisCaches(shapes=self.recorder.fingerprinter)  # across requests
        self._hooks = ExitStack()

    def instrument(self, engine: Any) -> None:
        """Record the statements of a SQLAlchemy engine (sync or async) until `close()`."""
        self._hooks.callback(self.recorder.instrument_sqlalchemy(engine))

    def install_django(self) -> None:
        """Record the statements of every Django connection until `close()`."""
        self._hooks.enter_context(self.recorder.install_django())

    def close(self) -> None:
        self._hooks.close()

    @contextmanager
    def request(self, name: str) -> Iterator[Capture]:
        """Statements issued inside belong to the request `name`; reviewed when it ends."""
        with self.recorder.context(name) as capture:
            try:
                yield capture
            finally:
                try:
                    self.review(name, capture.statements)
                finally:
                    self.recorder.discard(capture)  # the recorder must not grow per request

    def review(self, name: str, statements: Sequence[Any]) -> list[Finding]:
        """Analyse one request's statements and log each finding; never raises."""
        if not statements:
            return []
        try:
            registry = self.registry()
            with self.recorder.paused():
                findings = analyze(
                    list(statements),
                    self._analysis,
                    registry,
                    self.recorder.explainer(),
                    self.root,
                    schema=self.schema(),
                    selection=self._selection,
                    caches=self._caches,
                )
        except Exception:
            self.logger.exception("scrutiny: the review of %s failed", name)
            return []
        for finding in findings:
            self.logger.warning("%s", format_finding(name, finding))
        return findings

    def registry(self) -> Registry:
        """The rules (loaded at the first review unless given), with the project's configuration
        read once for `per-file-ignores`; a broken configuration is logged and ignored."""
        if self._registry is None:
            self._registry = Registry.load()
        if not self._configured:
            self._configured = True
            try:
                config = load_config(self.root, self._registry)
                self._selection = Selection.build(config, self._registry)
            except ConfigError as err:
                self.logger.warning("scrutiny: configuration ignored: %s", err)
        return self._registry


def _reviewer(
    reviewer: RequestReviewer | None,
    settings: ReviewSettings | None,
    engines: Iterable[Any],
    django: bool,
) -> RequestReviewer:
    chosen = reviewer or RequestReviewer(settings)
    for engine in engines:
        chosen.instrument(engine)
    if django:
        chosen.install_django()
    return chosen


class ScrutinyASGIMiddleware:
    """ASGI middleware: each HTTP request is recorded and reviewed once the app returns.

    Lifespan and websocket scopes pass through untouched.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        engines: Iterable[Any] = (),
        django: bool = False,
        settings: ReviewSettings | None = None,
        reviewer: RequestReviewer | None = None,
    ) -> None:
        self.app = app
        self.reviewer = _reviewer(reviewer, settings, engines, django)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        name = f"{scope.get('method', 'GET')} {scope.get('path', '')}"
        with self.reviewer.request(name):
            await self.app(scope, receive, send)


class ScrutinyWSGIMiddleware:
    """WSGI middleware: each request is recorded until its body is closed, then reviewed.

    The body iterable is passed through item by item (statements issued while streaming count),
    and its `close()` is called as PEP 3333 requires.
    """

    def __init__(
        self,
        app: WSGIApplication,
        *,
        engines: Iterable[Any] = (),
        django: bool = False,
        settings: ReviewSettings | None = None,
        reviewer: RequestReviewer | None = None,
    ) -> None:
        self.app = app
        self.reviewer = _reviewer(reviewer, settings, engines, django)

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        path = f"{environ.get('SCRIPT_NAME', '')}{environ.get('PATH_INFO', '')}"
        request = self.reviewer.request(f"{method} {path or '/'}")
        request.__enter__()
        try:
            body = self.app(environ, start_response)
        except BaseException:
            request.__exit__(*sys.exc_info())
            raise
        return _ReviewedBody(body, request)


class _ReviewedBody:
    """A WSGI body that ends its request's review when the server closes it."""

    def __init__(self, body: Iterable[bytes], request: Any) -> None:
        self._body = body
        self._request = request
        self._done = False

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._body)

    def close(self) -> None:
        try:
            close = getattr(self._body, "close", None)
            if close is not None:
                close()
        finally:
            if not self._done:
                self._done = True
                self._request.__exit__(None, None, None)


class ScrutinyDjangoMiddleware:
    """Django middleware (sync): add `"scrutiny.middleware.ScrutinyDjangoMiddleware"` to
    `MIDDLEWARE`, as early as possible so the queries of the middlewares below it count.

    Active when `DEBUG` is on, or when `SCRUTINY_MIDDLEWARE = {"enabled": True, ...}`; otherwise
    Django drops it (`MiddlewareNotUsed`). Under ASGI, Django runs it in its sync thread.
    """

    sync_capable = True
    async_capable = False

    def __init__(self, get_response: Callable[[Any], Any]) -> None:
        from django.conf import settings  # type: ignore[import-untyped]
        from django.core.exceptions import MiddlewareNotUsed  # type: ignore[import-untyped]

        options: Mapping[str, Any] = getattr(settings, DJANGO_SETTING, None) or {}
        enabled = options.get("enabled")
        if not (settings.DEBUG if enabled is None else enabled):
            raise MiddlewareNotUsed("scrutiny: request review is for development (DEBUG) only")
        review = ReviewSettings.from_mapping(options)
        base_dir = getattr(settings, "BASE_DIR", None)
        if review.root is None and base_dir is not None:
            review = ReviewSettings.from_mapping({**options, "root": Path(base_dir)})
        self.get_response = get_response
        self.reviewer = _reviewer(None, review, (), django=True)
        self.reviewer.schema = _django_schema

    def __call__(self, request: Any) -> Any:
        with self.reviewer.request(f"{request.method} {request.path}"):
            return self.get_response(request)


def _django_schema() -> SchemaHints:
    """Model names and relations from Django's app registry (empty when it is not ready)."""
    from scrutiny.runtime.schema import django_schema

    try:
        return django_schema()
    except Exception:  # apps not ready: names are then guessed from tables
        return SchemaHints()
