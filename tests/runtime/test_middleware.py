"""The request middlewares on real applications: Django's test client, FastAPI through httpx's
ASGI transport, Flask through werkzeug's test client. Each app plants an N+1 in application code
(`middleware_apps/`); the finding must be logged once per request with the right call site and
the fix, the eager twin must log nothing, and the responses must be the same with and without the
middleware."""

from __future__ import annotations

import asyncio
import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from wsgiref.handlers import SimpleHandler
from wsgiref.util import setup_testing_defaults

import httpx
import pytest
from werkzeug.test import Client

from scrutiny.finding import Confidence, Finding, Location, Severity
from scrutiny.middleware import (
    LOGGER_NAME,
    RequestReviewer,
    ReviewSettings,
    ScrutinyASGIMiddleware,
    ScrutinyWSGIMiddleware,
    format_finding,
)

ROOT = Path(__file__).resolve().parents[2]
APPS = Path(__file__).resolve().parent / "middleware_apps"
APPS_RELATIVE = APPS.relative_to(ROOT).as_posix()


def marked_line(module: str, mark: str) -> int:
    """The line of `middleware_apps/<module>.py` carrying the comment `mark`."""
    lines = (APPS / f"{module}.py").read_text(encoding="utf-8").splitlines()
    found = [n for n, text in enumerate(lines, 1) if text.rstrip().endswith(mark)]
    assert len(found) == 1, (module, mark, found)
    return found[0]


def logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER_NAME]


def n_plus_one_lines(caplog: pytest.LogCaptureFixture, request: str) -> list[str]:
    return [m for m in logged(caplog) if m.startswith(f"{request}: DB101 ")]


def assert_n_plus_one(
    caplog: pytest.LogCaptureFixture, request: str, module: str, mark: str
) -> str:
    lines = n_plus_one_lines(caplog, request)
    assert len(lines) == 1, logged(caplog)
    place = f"{APPS_RELATIVE}/{module}.py:{marked_line(module, mark)}"
    assert f"DB101 n-plus-one at {place}" in lines[0], lines[0]
    assert " | fix: " in lines[0], lines[0]
    assert "\n" not in lines[0]
    return lines[0]


# -- Django ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def django_client() -> Iterator[Any]:
    django = pytest.importorskip("django")
    from django.conf import settings

    if not settings.configured:
        settings.configure(
            DEBUG=True,
            SECRET_KEY="scrutiny-middleware-tests",
            ALLOWED_HOSTS=["testserver"],
            ROOT_URLCONF="middleware_apps.django_views",
            INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
            DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
            MIDDLEWARE=["scrutiny.middleware.ScrutinyDjangoMiddleware"],
            SCRUTINY_MIDDLEWARE={"root": str(ROOT)},
            USE_TZ=True,
        )
        django.setup()
    installed = set(settings.INSTALLED_APPS)
    if not {"django.contrib.contenttypes", "django.contrib.auth"} <= installed:
        pytest.skip("Django was configured by another test without contenttypes and auth")
    from django.core.management import call_command
    from django.test import Client as DjangoClient
    from django.test.utils import override_settings

    call_command("migrate", verbosity=0, interactive=False)
    with override_settings(
        DEBUG=True,
        ROOT_URLCONF="middleware_apps.django_views",
        MIDDLEWARE=["scrutiny.middleware.ScrutinyDjangoMiddleware"],
        SCRUTINY_MIDDLEWARE={"root": str(ROOT)},
    ):
        yield DjangoClient()


def test_django_middleware_logs_the_n_plus_one_at_its_call_site(
    django_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    response = django_client.get("/permissions/")
    assert response.status_code == 200
    assert response["X-Count"] == "12"
    line = assert_n_plus_one(caplog, "GET /permissions/", "django_views", "# N+1: django")
    assert "select_related" in line.split(" | fix: ")[1], line
    assert "in permissions_n_plus_one" in line

    caplog.clear()
    eager = django_client.get("/permissions/eager/")
    assert eager.content == response.content
    assert logged(caplog) == []


def test_django_response_is_unchanged(django_client: Any) -> None:
    from django.test import Client as DjangoClient
    from django.test.utils import override_settings

    with_middleware = django_client.get("/permissions/")
    with override_settings(MIDDLEWARE=[]):
        without = DjangoClient().get("/permissions/")
    assert with_middleware.status_code == without.status_code
    assert with_middleware.content == without.content
    assert sorted(with_middleware.items()) == sorted(without.items())


def test_django_error_still_raises_and_the_queries_before_it_are_reviewed(
    django_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    with pytest.raises(ValueError, match="boom after 12 labels"):
        django_client.get("/permissions/failing/")
    assert_n_plus_one(caplog, "GET /permissions/failing/", "django_views", "# django-error")


def test_django_middleware_is_off_without_debug() -> None:
    pytest.importorskip("django")
    from django.core.exceptions import MiddlewareNotUsed
    from django.test.utils import override_settings

    from scrutiny.middleware import ScrutinyDjangoMiddleware

    with override_settings(DEBUG=False, SCRUTINY_MIDDLEWARE={}), pytest.raises(MiddlewareNotUsed):
        ScrutinyDjangoMiddleware(lambda request: None)
    with (
        override_settings(DEBUG=False, SCRUTINY_MIDDLEWARE={"enabled": True, "threshold": 3}),
    ):
        middleware = ScrutinyDjangoMiddleware(lambda request: None)
        assert middleware.reviewer.settings.threshold == 3
        middleware.reviewer.close()
    with (
        override_settings(DEBUG=True, SCRUTINY_MIDDLEWARE={"treshold": 3}),
        pytest.raises(ValueError, match=r"unknown SCRUTINY_MIDDLEWARE option.*treshold"),
    ):
        ScrutinyDjangoMiddleware(lambda request: None)


# -- ASGI: FastAPI over SQLAlchemy ---------------------------------------------------------


def _asgi_get(app: Any, *paths: str) -> list[httpx.Response]:
    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return [await client.get(path) for path in paths]

    return asyncio.run(run())


@pytest.fixture
def sqla_engine() -> Iterator[Any]:
    from middleware_apps.sqla_models import sqlite_engine

    engine = sqlite_engine()
    yield engine
    engine.dispose()


def _settings() -> ReviewSettings:
    return ReviewSettings(root=ROOT)


def test_asgi_middleware_logs_the_n_plus_one_of_a_sync_endpoint(
    sqla_engine: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from middleware_apps.asgi_app import build

    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    plain = build(sqla_engine)
    app = ScrutinyASGIMiddleware(build(sqla_engine), engines=[sqla_engine], settings=_settings())
    try:
        lazy, eager = _asgi_get(app, "/books", "/books/eager")
        line = assert_n_plus_one(caplog, "GET /books", "asgi_app", "# N+1: asgi-sync")
        assert "selectinload" in line or "joinedload" in line, line
        assert not [m for m in logged(caplog) if m.startswith("GET /books/eager:")]
        expected_lazy, expected_eager = _asgi_get(plain, "/books", "/books/eager")
    finally:
        app.reviewer.close()
    for got, expected in ((lazy, expected_lazy), (eager, expected_eager)):
        assert got.status_code == expected.status_code == 200
        assert got.content == expected.content
        assert got.headers.multi_items() == expected.headers.multi_items()


def test_concurrent_asgi_requests_are_reviewed_apart(
    sqla_engine: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from middleware_apps.asgi_app import build

    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    app = ScrutinyASGIMiddleware(build(sqla_engine), engines=[sqla_engine], settings=_settings())

    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            paths = ["/books", "/books?page=2", "/books/eager", "/books?page=3"]
            return list(await asyncio.gather(*(client.get(p) for p in paths)))

    try:
        responses = asyncio.run(run())
    finally:
        app.reviewer.close()
    assert [r.status_code for r in responses] == [200] * 4
    lines = n_plus_one_lines(caplog, "GET /books")
    assert len(lines) == 3, logged(caplog)  # one per lazy request, none for the eager one
    assert all("ran 7 times" in line for line in lines), lines


def test_asgi_middleware_reviews_streamed_bodies(
    sqla_engine: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from middleware_apps.asgi_app import build

    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    app = ScrutinyASGIMiddleware(build(sqla_engine), engines=[sqla_engine], settings=_settings())
    try:
        (response,) = _asgi_get(app, "/books/stream")
    finally:
        app.reviewer.close()
    assert response.text.splitlines() == [f"author {n}" for n in range(1, 8)]
    assert_n_plus_one(caplog, "GET /books/stream", "asgi_app", "# N+1: asgi-stream")


def test_asgi_middleware_with_an_async_engine(
    sqla_engine: Any, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    pytest.importorskip("aiosqlite")
    from middleware_apps.asgi_app import build
    from middleware_apps.sqla_models import Base, populate
    from sqlalchemy import create_engine
    from sqlalchemy.ext.asyncio import create_async_engine
    from sqlalchemy.orm import Session

    database = tmp_path / "async.db"
    sync = create_engine(f"sqlite:///{database}")
    Base.metadata.create_all(sync)
    with Session(sync) as session:
        populate(session)
    sync.dispose()
    async_engine = create_async_engine(f"sqlite+aiosqlite:///{database}")
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    app = ScrutinyASGIMiddleware(
        build(sqla_engine, async_engine), engines=[async_engine], settings=_settings()
    )
    try:
        (response,) = _asgi_get(app, "/async/authors")
    finally:
        app.reviewer.close()
        asyncio.run(async_engine.dispose())
    assert response.json() == [f"author {n}" for n in range(1, 8)]
    assert_n_plus_one(caplog, "GET /async/authors", "asgi_app", "# N+1: asgi-async")


def test_asgi_non_http_scopes_pass_through() -> None:
    seen: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope["type"])

    middleware = ScrutinyASGIMiddleware(app, settings=_settings())
    asyncio.run(middleware({"type": "lifespan"}, None, None))  # type: ignore[arg-type]
    assert seen == ["lifespan"]


# -- WSGI: Flask over SQLAlchemy, through werkzeug's test client -------------------------------


def test_wsgi_middleware_logs_the_n_plus_one(
    sqla_engine: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from middleware_apps.wsgi_app import build

    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    flask_app = build(sqla_engine)
    plain = Client(build(sqla_engine).wsgi_app)
    wrapped = ScrutinyWSGIMiddleware(
        flask_app.wsgi_app, engines=[sqla_engine], settings=_settings()
    )
    client = Client(wrapped)
    try:
        lazy = client.get("/books", buffered=True)  # buffered: the client closes the body
        line = assert_n_plus_one(caplog, "GET /books", "wsgi_app", "# N+1: wsgi")
        assert "joinedload" in line or "selectinload" in line, line
        caplog.clear()
        eager = client.get("/books/eager", buffered=True)
        assert logged(caplog) == []
        streamed = client.get("/books/stream", buffered=True)
        assert_n_plus_one(caplog, "GET /books/stream", "wsgi_app", "# N+1: wsgi-stream")
    finally:
        wrapped.reviewer.close()
    for got, path in ((lazy, "/books"), (eager, "/books/eager"), (streamed, "/books/stream")):
        expected = plain.get(path, buffered=True)
        assert got.status_code == expected.status_code == 200
        assert got.data == expected.data
        assert sorted(got.headers.items()) == sorted(expected.headers.items())


def test_wsgi_middleware_closes_the_body_and_reraises() -> None:
    closed: list[bool] = []

    class Body(list[bytes]):
        def close(self) -> None:
            closed.append(True)

    def app(environ: Any, start_response: Any) -> Body:
        start_response("201 Created", [("X-A", "1")])
        return Body([b"a", b"b"])

    def broken(environ: Any, start_response: Any) -> Body:
        raise RuntimeError("app failed")

    middleware = ScrutinyWSGIMiddleware(app, settings=_settings())
    response = Client(middleware).get("/", buffered=True)
    assert (response.status_code, response.data, response.headers["X-A"]) == (201, b"ab", "1")
    assert closed == [True]
    with pytest.raises(RuntimeError, match="app failed"):
        Client(ScrutinyWSGIMiddleware(broken, settings=_settings())).get("/")


def test_wsgi_middleware_under_the_wsgiref_server_handler(
    sqla_engine: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """wsgiref's real handler writes the streamed body to its output and closes it."""
    from middleware_apps.wsgi_app import build

    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    wrapped = ScrutinyWSGIMiddleware(
        build(sqla_engine).wsgi_app, engines=[sqla_engine], settings=_settings()
    )
    environ: dict[str, Any] = {"PATH_INFO": "/books/stream", "REQUEST_METHOD": "GET"}
    setup_testing_defaults(environ)
    output = io.BytesIO()
    handler = SimpleHandler(io.BytesIO(), output, io.StringIO(), environ)
    try:
        handler.run(wrapped)
    finally:
        wrapped.reviewer.close()
    head, _, body = output.getvalue().partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.0 200 OK")
    assert body.decode().splitlines() == [f"author {n}" for n in range(1, 8)]
    assert_n_plus_one(caplog, "GET /books/stream", "wsgi_app", "# N+1: wsgi-stream")


# -- the shared reviewer --------------------------------------------------------------------


def test_a_failing_review_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    class Broken(RequestReviewer):
        def registry(self) -> Any:
            raise RuntimeError("no rules")

    from middleware_apps.sqla_models import sqlite_engine
    from sqlalchemy import text

    engine = sqlite_engine()
    reviewer = Broken(_settings())
    reviewer.instrument(engine)
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    try:
        with reviewer.request("GET /x"), engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    finally:
        reviewer.close()
        engine.dispose()
    assert [r.getMessage() for r in caplog.records] == ["scrutiny: the review of GET /x failed"]


def test_format_finding_is_one_line_with_the_fix() -> None:
    finding = Finding(
        code="DB101",
        name="n-plus-one",
        message="7 queries\non author",
        severity=Severity.MEDIUM,
        confidence=Confidence.HIGH,
        location=Location("app/views.py", 12),
        fix='select_related(\n"author")',
        symbol="list_books",
    )
    assert format_finding("GET /books", finding) == (
        "GET /books: DB101 n-plus-one at app/views.py:12 in list_books: 7 queries on author "
        '| fix: select_related( "author")'
    )


def test_settings_from_a_mapping() -> None:
    settings = ReviewSettings.from_mapping(
        {"enabled": True, "allow_sites": ["app/*"], "root": "/srv", "slow_ms": 5}
    )
    assert settings.allow_sites == ("app/*",)
    assert settings.root == Path("/srv")
    assert settings.analysis().slow_ms == 5
    with pytest.raises(ValueError, match="unknown"):
        ReviewSettings.from_mapping({"nope": 1})
    assert re.fullmatch(r"[a-z.]+", LOGGER_NAME)


@pytest.mark.parametrize(
    "settings",
    [
        ReviewSettings(root=ROOT, threshold=8),
        ReviewSettings(root=ROOT, allow_sites=(f"{APPS_RELATIVE}/wsgi_app.py",)),
        ReviewSettings(root=ROOT, allow_fingerprints=("SELECT author.*",)),
    ],
    ids=["threshold", "allowed-site", "allowed-fingerprint"],
)
def test_settings_reach_the_analysis(
    settings: ReviewSettings, sqla_engine: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from middleware_apps.wsgi_app import build

    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    wrapped = ScrutinyWSGIMiddleware(
        build(sqla_engine).wsgi_app, engines=[sqla_engine], settings=settings
    )
    try:
        assert Client(wrapped).get("/books", buffered=True).status_code == 200
    finally:
        wrapped.reviewer.close()
    assert logged(caplog) == []
