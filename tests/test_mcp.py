"""The MCP server, driven by the SDK's real client over stdio (no mocks).

One server runs for the whole module (a blocking portal keeps its session open across tests); its
workspace holds a copy of the example project, a link to a file outside the workspace and a linked
directory that leaves it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal
from helpers import EXAMPLE, ROOT, scrutiny
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

SQL_SNIPPET = """
import sqlite3
from contextlib import closing

from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    term = request.args.get("q", "")
    with closing(sqlite3.connect("shop.db")) as connection:
        rows = connection.execute("SELECT name FROM product WHERE name = '" + term + "'")
        return {"names": [row[0] for row in rows]}
"""
SAFE_SNIPPET = SQL_SNIPPET.replace(
    '"SELECT name FROM product WHERE name = \'" + term + "\'")',
    '"SELECT name FROM product WHERE name = ?", (term,))',
)


@dataclass(frozen=True)
class Server:
    portal: BlockingPortal
    session: ClientSession
    root: Path
    outside: Path

    def call(self, tool: str, arguments: dict[str, Any]) -> Any:
        return self.portal.call(self.session.call_tool, tool, arguments)

    def result(self, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
        """The structured result of a call that must succeed."""
        result = self.call(tool, arguments)
        assert not result.is_error, result.content
        data: dict[str, Any] = result.structured_content
        return data

    def error(self, tool: str, arguments: dict[str, Any]) -> str:
        """The message of a call that must fail."""
        result = self.call(tool, arguments)
        assert result.is_error, result.structured_content
        return "".join(getattr(block, "text", "") for block in result.content)


@asynccontextmanager
async def _session(root: Path, cache: Path, *options: str) -> AsyncIterator[ClientSession]:
    parameters = StdioServerParameters(
        command=sys.executable,
        args=["-m", "scrutiny", "mcp", "--root", str(root), *options],
        env={"SCRUTINY_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT / "src")},
        cwd=str(ROOT),
    )
    async with (
        stdio_client(parameters) as (read, write),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        yield session


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    base = tmp_path_factory.mktemp("mcp")
    root, outside = base / "workspace", base / "outside"
    shutil.copytree(EXAMPLE, root / "shop")
    outside.mkdir()
    (outside / "secret.py").write_text("import requests\nrequests.get('u')\n", encoding="utf-8")
    (root / "links").mkdir()
    (root / "links" / "leak.py").symlink_to(outside / "secret.py")
    (root / "linked_dir").symlink_to(outside, target_is_directory=True)
    with (
        start_blocking_portal() as portal,
        portal.wrap_async_context_manager(_session(root, base / "cache")) as session,
    ):
        yield Server(portal, session, root, outside)


def test_lists_the_tools_and_their_inputs(server: Server) -> None:
    tools = {tool.name: tool for tool in server.portal.call(server.session.list_tools).tools}
    assert set(tools) == {"review", "review_snippet", "explain", "list_rules"}
    assert set(tools["review"].input_schema["properties"]) == {"paths", "select", "diff_base"}
    assert tools["review"].input_schema["required"] == ["paths"]
    assert set(tools["review_snippet"].input_schema["properties"]) == {
        "code",
        "filename",
        "framework",
    }
    assert all(tool.annotations and tool.annotations.read_only_hint for tool in tools.values())


def test_review_equals_check_format_json(server: Server) -> None:
    result = server.result("review", {"paths": ["shop"]})
    cli = scrutiny("check", "shop", "--no-cache", "--format", "json", cwd=server.root)
    assert cli.code == 1, cli.stderr
    expected = json.loads(cli.stdout)
    assert result["findings"] == expected["findings"]
    assert result["total"] == len(expected["findings"]) > 0
    assert result["truncated"] is False
    summary = result["summary"]
    assert summary["files_checked"] == expected["files_checked"]
    assert sum(summary["by_severity"].values()) == result["total"]
    assert sum(summary["by_rule"].values()) == result["total"]
    assert {f["code"] for f in expected["findings"]} == set(summary["by_rule"])


def test_review_with_select_and_a_bad_selector(server: Server) -> None:
    result = server.result("review", {"paths": ["shop"], "select": ["SEC3"]})
    assert result["findings"]
    assert {f["code"][:4] for f in result["findings"]} == {"SEC3"}
    message = server.error("review", {"paths": ["shop"], "select": ["NOPE42"]})
    assert "unknown rule selector 'NOPE42'" in message


def test_review_with_diff_base_outside_a_repository_is_a_clear_error(server: Server) -> None:
    message = server.error("review", {"paths": ["shop"], "diff_base": "HEAD"})
    assert "git" in message
    assert "invalid git ref" in server.error(
        "review", {"paths": ["shop"], "diff_base": "--output=/tmp/x"}
    )


def test_refuses_a_path_outside_the_root(server: Server) -> None:
    for path in (str(server.outside), "../outside", "shop/../../outside/secret.py"):
        message = server.error("review", {"paths": [path]})
        assert "refused" in message, message
        assert "outside the workspace root" in message
        assert str(server.root) in message


def test_refuses_symbolic_links_that_leave_the_root(server: Server) -> None:
    message = server.error("review", {"paths": ["links/leak.py"]})
    assert "'links/leak.py'" in message
    assert str(server.outside / "secret.py") in message
    assert str(server.root) in message
    message = server.error("review", {"paths": ["linked_dir/secret.py"]})
    assert "outside the workspace root" in message
    # a directory inside the root whose walk would follow a link out of it
    message = server.error("review", {"paths": ["links"]})
    assert "links/leak.py" in message
    assert "symbolic link" in message


def test_missing_path_is_a_clear_error(server: Server) -> None:
    assert "does not exist" in server.error("review", {"paths": ["nowhere.py"]})


def test_explain_a_rule_by_code_and_by_name(server: Server) -> None:
    by_code = server.result("explain", {"rule": "SEC101"})
    assert by_code["name"] == "sql-injection"
    assert "## What it does" in by_code["documentation"]
    assert "## Use instead" in by_code["documentation"]
    assert server.result("explain", {"rule": "sql-injection"}) == by_code
    message = server.error("explain", {"rule": "sql-injectoin"})
    assert "unknown rule 'sql-injectoin'" in message
    assert "sql-injection" in message


def test_list_rules_filtered_by_area(server: Server) -> None:
    everything = server.result("list_rules", {})
    security = server.result("list_rules", {"area": "security"})
    assert 0 < security["count"] < everything["count"]
    assert {r["area"] for r in security["rules"]} == {"security"}
    assert all(r["code"].startswith("SEC") for r in security["rules"])
    row = next(r for r in security["rules"] if r["code"] == "SEC101")
    assert set(row) >= {"code", "name", "area", "severity", "summary"}
    assert row["summary"]
    assert "unknown area" in server.error("list_rules", {"area": "style"})


def test_review_snippet_finds_sql_injection_and_passes_the_safe_variant(server: Server) -> None:
    code = textwrap.dedent(SQL_SNIPPET).lstrip()
    found = server.result(
        "review_snippet", {"code": code, "filename": "app/views.py", "framework": "flask"}
    )
    assert [f["code"] for f in found["findings"]] == ["SEC101"]
    finding = found["findings"][0]
    assert finding["location"]["path"] == "app/views.py"
    assert finding["location"]["line"] == 13
    assert {step["location"]["path"] for step in finding["trace"]} == {"app/views.py"}
    assert found["framework"] == "flask"
    safe = server.result("review_snippet", {"code": textwrap.dedent(SAFE_SNIPPET).lstrip()})
    assert safe["findings"] == []
    assert safe["filename"] == "snippet.py"


def test_review_snippet_bounds_and_filenames(server: Server) -> None:
    assert "snippet too large" in server.error("review_snippet", {"code": "x = 1\n" * 40_000})
    for name in ("../escape.py", "/tmp/abs.py", "notes.txt"):
        assert "invalid filename" in server.error("review_snippet", {"code": "", "filename": name})
    assert "unknown framework" in server.error("review_snippet", {"code": "", "framework": "rails"})


def test_rule_documentation_resources(server: Server) -> None:
    templates = server.portal.call(server.session.list_resource_templates)
    assert "scrutiny://rules/{code}" in {t.uri_template for t in templates.resource_templates}
    document = server.portal.call(server.session.read_resource, "scrutiny://rules/REL101")
    (content,) = document.contents
    assert content.mime_type == "text/markdown"
    assert content.text.startswith("REL101 http-request-without-timeout")
    assert "## Why it matters" in content.text
    index = server.portal.call(server.session.read_resource, "scrutiny://rules")
    assert "scrutiny://rules/SEC101" in index.contents[0].text


def test_without_the_sdk_the_command_says_how_to_install_it() -> None:
    code = "import sys; sys.modules['mcp'] = None; from scrutiny.cli import main; main(['mcp'])"
    completed = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert completed.returncode == 2
    assert "pip install 'scrutiny[mcp]'" in completed.stderr


def test_large_results_are_capped_keeping_the_most_severe_in_order() -> None:
    from scrutiny.mcp_server import summarize

    labels = ["low", "critical", "medium", "low", "high"]
    findings = [{"code": f"REL10{n}", "severity": s} for n, s in enumerate(labels)]
    result = summarize({"findings": findings, "files_checked": 3}, limit=3)
    assert result["truncated"] is True
    assert result["total"] == 5
    assert [f["severity"] for f in result["findings"]] == ["critical", "medium", "high"]
    assert result["summary"]["by_severity"] == {"critical": 1, "high": 1, "medium": 1, "low": 2}
    assert result["summary"]["files_checked"] == 3


def test_agent_definition_uses_the_tools_the_server_has(server: Server) -> None:
    import yaml

    text = (ROOT / "agents" / "python-backend-engineer.md").read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    assert meta["name"] == "python-backend-engineer"
    assert meta["description"].count("<example>") >= 2
    granted = {t.strip() for t in meta["tools"].split(",")}
    tools = {tool.name for tool in server.portal.call(server.session.list_tools).tools}
    assert {f"mcp__scrutiny__{name}" for name in tools} <= granted
    for name in tools:
        assert f"`{name}`" in body


LIBRARY_MODELS = """\
from sqlalchemy import ForeignKey, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Book(Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship()


def bylines(session):
    return [f"{book.title} by {book.author.name}" for book in session.query(Book).all()]
"""

LIBRARY_TEST = """\
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from library import Author, Base, Book, bylines


def test_bylines():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add_all(Book(title=f"B{i}", author=Author(name=f"A{i}")) for i in range(6))
        session.commit()
        session.expunge_all()
        assert len(bylines(session)) == 6
"""


def test_profile_queries_only_with_allow_test_runs_and_finds_an_n_plus_one(
    tmp_path: Path,
) -> None:
    root = tmp_path / "workspace"
    root.mkdir()
    (root / "library.py").write_text(LIBRARY_MODELS, encoding="utf-8")
    (root / "test_library.py").write_text(LIBRARY_TEST, encoding="utf-8")
    (root / "pytest.ini").write_text("[pytest]\npythonpath = .\n", encoding="utf-8")
    with (
        start_blocking_portal() as portal,
        portal.wrap_async_context_manager(
            _session(root, tmp_path / "cache", "--allow-test-runs")
        ) as session,
    ):
        server = Server(portal, session, root, tmp_path)
        tools = {tool.name: tool for tool in portal.call(session.list_tools).tools}
        assert "profile_queries" in tools
        annotations = tools["profile_queries"].annotations
        assert annotations is not None and annotations.read_only_hint is False
        result = server.result("profile_queries", {"tests": ["test_library.py"]})
        assert result["tests_exit_status"] == 0
        sites = {
            (f["code"], f["location"]["path"], f["location"]["line"]) for f in result["findings"]
        }
        assert ("DB101", "library.py", 24) in sites, result
        assert "outside" in server.error("profile_queries", {"tests": ["../elsewhere.py"]})
