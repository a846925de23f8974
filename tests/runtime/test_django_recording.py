"""Django recording through `execute_wrapper`, with pytest-django (SQLite and PostgreSQL) and
without it: every alias, connections opened later in other threads, the relation named in the
fix from the model graph, `Meta.indexes` lines for missing indexes. Each run is a subprocess."""

from __future__ import annotations

import json
import textwrap
from typing import Any

import pytest

pytest_plugins = ["pytester"]
pytest.importorskip("pytest_django")

SETTINGS = """
import os
from urllib.parse import urlsplit

SECRET_KEY = "test"
INSTALLED_APPS = ["shelf"]
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
URL = os.environ.get("DATABASE_URL", "")
if URL.startswith("postgresql"):
    parts = urlsplit(URL)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": parts.path.lstrip("/"),
            "USER": parts.username,
            "HOST": parts.hostname,
            "PORT": parts.port,
        }
    }
else:
    DATABASES = {
        "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"},
        "other": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"},
    }
"""

MODELS = """
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=50)


class Book(models.Model):
    title = models.CharField(max_length=50)
    status = models.CharField(max_length=10)
    author = models.ForeignKey(Author, related_name="books", on_delete=models.CASCADE)
"""

SERVICES = """
import threading

from shelf.models import Author, Book


def seed(using="default"):
    for number in range(6):
        author = Author.objects.using(using).create(name=f"a{number}")
        Book.objects.using(using).create(title=f"t{number}", status="draft", author=author)


def author_names():
    return [book.author.name for book in Book.objects.all()]  # forward


def titles_per_author():
    out = {}
    for author in Author.objects.all():
        out[author.name] = [book.title for book in author.books.all()]  # reverse
    return out


def drafts():
    return list(Book.objects.filter(status="draft"))  # scan


def other_names():
    return [book.author.name for book in Book.objects.using("other")]  # other


def in_a_thread():
    names = []
    worker = threading.Thread(target=lambda: names.extend(author_names_again()))
    worker.start()
    worker.join()
    return names


def author_names_again():
    return [book.author.name for book in Book.objects.all()]  # thread
"""

TESTS = """
import pytest
from shelf import services


@pytest.fixture
def data(db):
    services.seed()


def test_forward(data):
    assert len(services.author_names()) == 6


def test_reverse(data):
    assert len(services.titles_per_author()) == 6


def test_drafts(data):
    assert len(services.drafts()) == 6
"""

MORE_TESTS = """
import pytest
from shelf import services


@pytest.mark.django_db(databases=["default", "other"])
def test_other_alias():
    services.seed("other")
    assert len(services.other_names()) == 6


@pytest.mark.django_db(transaction=True)
def test_connection_opened_in_a_thread():
    services.seed()
    assert len(services.in_a_thread()) == 6
"""


def make_project(pytester: pytest.Pytester) -> None:
    pytester.mkpydir("shelf")
    pytester.makepyfile(
        **{
            "settings": SETTINGS,
            "shelf/models": MODELS,
            "shelf/services": SERVICES,
            "test_shelf": TESTS,
            "test_more": MORE_TESTS,
        }
    )
    pytester.makeini("[pytest]\nDJANGO_SETTINGS_MODULE = settings\naddopts = -p no:cacheprovider\n")


def line(marker: str) -> int:
    lines = SERVICES.lstrip("\n").splitlines()
    return next(n for n, text in enumerate(lines, 1) if text.endswith(f"# {marker}"))


def run(pytester: pytest.Pytester, *args: str) -> tuple[pytest.RunResult, dict[Any, Any]]:
    report = pytester.path / "report.json"
    result = pytester.runpytest_subprocess(
        "--scrutiny", "--scrutiny-format=json", f"--scrutiny-output={report}", *args
    )
    findings = json.loads(report.read_text(encoding="utf-8"))["findings"]
    return result, {(f["code"], f["location"]["path"], f["location"]["line"]): f for f in findings}


def test_pytest_django_on_sqlite(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("DJANGO_SETTINGS_MODULE", raising=False)
    make_project(pytester)
    result, found = run(pytester)
    result.assert_outcomes(passed=5)
    services = "shelf/services.py"
    assert set(found) == {
        ("DB101", services, line("forward")),
        ("DB101", services, line("reverse")),
        ("DB101", services, line("other")),
        ("DB101", services, line("thread")),
        ("DB201", services, line("scan")),
    }
    assert found[("DB101", services, line("forward"))]["fix"] == (
        'Book.objects.select_related("author")'
    )
    forward = found[("DB101", services, line("forward"))]["message"]
    assert f"also found by the static check at {services}:{line('forward')}" in forward
    assert found[("DB101", services, line("reverse"))]["fix"] == (
        'Author.objects.prefetch_related("books")'
    )
    missing = found[("DB201", services, line("scan"))]
    assert missing["fix"] == 'models.Index(fields=["status"], name="shelf_book_status_idx")'
    model_step = missing["trace"][-1]
    assert model_step["note"] == "add to Book.Meta.indexes"
    assert model_step["location"]["path"] == "shelf/models.py"


def test_pytest_django_on_postgresql(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, postgres_dsn: str
) -> None:
    monkeypatch.setenv("DATABASE_URL", postgres_dsn)
    monkeypatch.delenv("DJANGO_SETTINGS_MODULE", raising=False)
    make_project(pytester)
    pytester.path.joinpath("test_more.py").unlink()  # one alias on PostgreSQL
    result, found = run(pytester)
    result.assert_outcomes(passed=3)
    services = "shelf/services.py"
    assert set(found) == {
        ("DB101", services, line("forward")),
        ("DB101", services, line("reverse")),
        ("DB201", services, line("scan")),
    }
    missing = found[("DB201", services, line("scan"))]
    assert "Seq Scan on shelf_book" in missing["trace"][0]["note"]


def test_django_without_pytest_django(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DJANGO_SETTINGS_MODULE", raising=False)
    pytester.makeconftest(
        """
        import django
        from django.conf import settings

        settings.configure(
            DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
        )
        django.setup()
        """
    )
    pytester.makepyfile(
        queries=textwrap.dedent(
            """
            from django.db import connection

            def create():
                with connection.cursor() as cursor:
                    cursor.execute("CREATE TABLE item (id integer primary key, sku text)")

            def lookups():
                with connection.cursor() as cursor:
                    for number in range(6):
                        cursor.execute("SELECT id FROM item WHERE sku = %s", [str(number)])
            """
        ),
        test_items=textwrap.dedent(
            """
            import queries

            def test_lookups():
                queries.create()
                queries.lookups()
            """
        ),
    )
    result, found = run(pytester, "-p", "no:django")
    result.assert_outcomes(passed=1)
    assert set(found) == {("DB101", "queries.py", 10), ("DB201", "queries.py", 10)}
    assert found[("DB201", "queries.py", 10)]["fix"] == (
        'models.Index(fields=["sku"], name="item_sku_idx")'
    )
