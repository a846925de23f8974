"""`scrutiny profile -- <command>` on a real tiny pytest project (SQLAlchemy over SQLite, with an
N+1 in its application module), run in a child process exactly as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from scrutiny.profile import PLUGIN_MODULE, ProfileOptions, plugin_arguments, prepare, runs_pytest

SHOP = '''\
"""The application: books and their authors."""

from sqlalchemy import ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Book(Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship()


def author_names(session: Session) -> list[str]:
    books = session.scalars(select(Book).order_by(Book.id)).all()
    return [book.author.name for book in books]  # the N+1
'''

TESTS = """\
import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from shop import Author, Base, Book, author_names


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        authors = [Author(id=n, name=f"a{n}") for n in range(1, 7)]
        session.add_all(authors)
        session.add_all(Book(id=n, author=a) for n, a in enumerate(authors, 1))
        session.commit()
        session.expunge_all()
        yield session
    engine.dispose()


def test_author_names(session):
    assert author_names(session) == [f"a{n}" for n in range(1, 7)]
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tiny_shop")
    (root / "shop.py").write_text(SHOP, encoding="utf-8")
    (root / "test_shop.py").write_text(TESTS, encoding="utf-8")
    (root / "pytest.ini").write_text("[pytest]\npythonpath = .\n", encoding="utf-8")
    return root


def n_plus_one_line() -> int:
    return next(n for n, line in enumerate(SHOP.splitlines(), 1) if "# the N+1" in line)


def profile(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "SCRUTINY_"))}
    env["NO_COLOR"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "scrutiny", "profile", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


PYTEST = (sys.executable, "-m", "pytest", "-p", "no:cacheprovider")


def test_json_report_names_the_n_plus_one_call_site(project: Path) -> None:
    run = profile(project, "--format", "json", "--", *PYTEST)
    assert run.returncode == 0, run.stderr
    document = json.loads(run.stdout)  # the tests' own output went to stderr
    assert "1 passed" in run.stderr
    found = [
        (f["code"], f["location"]["path"], f["location"]["line"]) for f in document["findings"]
    ]
    assert ("DB101", "shop.py", n_plus_one_line()) in found, found
    db101 = next(f for f in document["findings"] if f["code"] == "DB101")
    assert "joinedload" in db101["fix"] or "selectinload" in db101["fix"]


def test_text_report_and_fail_on(project: Path) -> None:
    run = profile(project, "--fail-on", "low", "--", *PYTEST)
    assert run.returncode == 1, run.stderr
    assert f"shop.py:{n_plus_one_line()}:" in run.stdout
    assert "DB101" in run.stdout
    higher = profile(project, "--threshold", "50", "--fail-on", "low", "--", *PYTEST)
    assert "DB101" not in higher.stdout
    assert higher.returncode == 0, higher.stdout + higher.stderr


def test_html_report_written_to_a_file(project: Path, tmp_path: Path) -> None:
    output = tmp_path / "report" / "queries.html"
    run = profile(project, "--format", "html", "--output", str(output), "--", *PYTEST)
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    page = output.read_text(encoding="utf-8")

    class Texts(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.texts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.texts.append(data)

    parser = Texts()
    parser.feed(page)
    text = " ".join(parser.texts)
    assert "DB101" in text
    assert f"shop.py:{n_plus_one_line()}" in text
    assert "test_shop.py::test_author_names" in text


def test_a_command_that_runs_pytest_indirectly_gets_the_options_from_the_environment(
    project: Path,
) -> None:
    command = [sys.executable, "-c", "import sys, pytest; sys.exit(pytest.main(['-q']))"]
    run = profile(project, "--format", "concise", "--", *command)
    assert run.returncode == 0, run.stderr
    assert f"shop.py:{n_plus_one_line()}" in run.stdout
    assert "DB101" in run.stdout


def test_failures_of_the_command_are_kept(project: Path, tmp_path: Path) -> None:
    failing = profile(project, "--", *PYTEST, "-k", "nothing_matches")
    assert failing.returncode == 5, failing.stderr  # pytest: no tests collected
    silent = profile(project, "--", sys.executable, "-c", "print('hello')")
    assert silent.returncode == 2
    assert "wrote no Scrutiny report" in silent.stderr
    assert "hello" in silent.stderr
    missing = profile(project, "--", str(tmp_path / "no-such-program"))
    assert missing.returncode == 2
    assert "exit status 127" in missing.stderr


@pytest.mark.parametrize(
    ("command", "direct"),
    [
        (["pytest", "-q"], True),
        (["/usr/bin/py.test"], True),
        (["python3", "-m", "pytest", "tests"], True),
        (["C:/Python/python.exe", "-m", "pytest"], True),
        (["tox", "-e", "py"], False),
        (["python", "-m", "unittest"], False),
        (["uv", "run", "pytest"], False),
    ],
)
def test_which_commands_run_pytest_directly(command: list[str], direct: bool) -> None:
    assert runs_pytest(command) is direct


def test_options_go_on_the_command_line_or_into_pytest_addopts(tmp_path: Path) -> None:
    output = tmp_path / "my report.json"
    arguments = plugin_arguments(
        "json", output, ProfileOptions(threshold=3, slow_ms=2.5, explain=False)
    )
    assert arguments == [
        "--scrutiny",
        "--scrutiny-format=json",
        f"--scrutiny-output={output}",
        "--scrutiny-threshold=3",
        "--scrutiny-slow-ms=2.5",
        "--scrutiny-no-explain",
    ]
    argv, env = prepare(["pytest", "-x"], arguments[:1], {"PATH": "/bin"})
    assert argv == ["pytest", "-x", "--scrutiny"]
    assert env == {"PATH": "/bin"}
    argv, env = prepare(["make", "test"], arguments[:3], {"PYTEST_ADDOPTS": "-x"})
    assert argv == ["make", "test"]
    assert env["PYTEST_ADDOPTS"] == (
        f"-x --scrutiny --scrutiny-format=json '--scrutiny-output={output}'"
    )
    argv, _ = prepare(["pytest"], ["--scrutiny"], {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert argv == ["pytest", "-p", PLUGIN_MODULE, "--scrutiny"]
