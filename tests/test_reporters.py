"""Tests of every output format, on real findings and a small real registry."""

from __future__ import annotations

import importlib
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from scrutiny.finding import Confidence, Finding, Location, Severity, Step
from scrutiny.registry import Registry
from scrutiny.reporters import FORMATS, RenderOptions, render, renderer
from scrutiny.reporters import json as json_format
from scrutiny.reporters.gitlab import unique_fingerprints
from scrutiny.rule import Rule

SCHEMA_PATH = Path(__file__).parent / "schemas" / "sarif-2.1.0-rtm.5.json"
OPTIONS = RenderOptions(tool_version="1.2.3", files_checked=7)


def _doc(title: str, what: str) -> str:
    return f"""# {title}

## What it does
{what}

It says so in a second paragraph too.

## Why it matters
Because attackers read code too.

## Example
```python
cursor.execute(f"SELECT * FROM t WHERE id = {{id}}")
```

## Use instead
```python
cursor.execute("SELECT * FROM t WHERE id = %s", [id])
```

## Alternatives and trade-offs
An ORM query.

## Libraries
Django, SQLAlchemy.

## References
- https://cwe.mitre.org/data/definitions/89.html
"""


SQL_RULE = Rule(
    code="SEC101",
    name="sql-injection",
    severity=Severity.CRITICAL,
    confidence=Confidence.HIGH,
    doc=_doc("SQL injection", "Finds SQL built from untrusted input."),
    cwe=(89,),
)
N_PLUS_ONE_RULE = Rule(
    code="DB201",
    name="n-plus-one-query",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    doc=_doc("N+1 query", "Finds a query run once per row of another query."),
)
BLOCKING_RULE = Rule(
    code="ASY301",
    name="blocking-call-in-async",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    doc=_doc("Blocking call in async code", "Finds blocking calls inside `async def`."),
)
BARE_EXCEPT_RULE = Rule(
    code="REL401",
    name="bare-except",
    severity=Severity.LOW,
    confidence=Confidence.LOW,
    doc=_doc("Bare except", "Finds `except:` clauses that swallow every error."),
    cwe=(396,),
)
UNUSED_RULE = Rule(
    code="SEC102",
    name="command-injection",
    severity=Severity.CRITICAL,
    confidence=Confidence.HIGH,
    doc=_doc("Command injection", "Finds shell commands built from untrusted input."),
    cwe=(78,),
)
PARSE_RULE = Rule(
    code="SCR001",
    name="parse-error",
    severity=Severity.INFO,
    confidence=Confidence.HIGH,
    doc=_doc("Parse error", "Reports files that cannot be parsed."),
)
REGISTRY = Registry.of(
    [SQL_RULE, N_PLUS_ONE_RULE, BLOCKING_RULE, BARE_EXCEPT_RULE, UNUSED_RULE, PARSE_RULE]
)

SQL_SNIPPET = "    cursor.execute(f\"SELECT * FROM users WHERE name = '{name}'\")"
SQL_START = SQL_SNIPPET.index('f"')
SQL_END = SQL_SNIPPET.rindex(")")
COMMA_PATH = "app/api, v2/handlers.py"


def _finding(rule: Rule, message: str, location: Location, **extra: Any) -> Finding:
    return Finding(
        code=rule.code,
        name=rule.name,
        message=message,
        severity=extra.pop("severity", rule.severity),
        confidence=rule.confidence,
        location=location,
        cwe=rule.cwe,
        **extra,
    )


SQL = _finding(
    SQL_RULE,
    "SQL built from request data reaches `cursor.execute`",
    Location("app/db.py", 12, SQL_START, 12, SQL_END),
    trace=(
        Step(Location("app/views.py", 8, 11), 'request.GET["name"] (user input)'),
        Step(Location("app/views.py", 9, 4), "passed to `find_user(name)`"),
        Step(Location("app/db.py", 12, SQL_START), "reaches cursor.execute (SQL sink)"),
    ),
    owasp=("A03:2021",),
    fix="pass the values as parameters: cursor.execute(sql, [name])",
    symbol="find_user",
    snippet=SQL_SNIPPET,
)
N_PLUS_ONE = _finding(
    N_PLUS_ONE_RULE,
    "`book.author` is loaded once per book",
    Location("app/db.py", 30, 8, 30, 19),
    fix="use Book.objects.select_related('author')",
    symbol="list_books",
    snippet="        book.author.name",
)
BLOCKING = _finding(
    BLOCKING_RULE,
    "blocking call `time.sleep`\ninside an async function",
    Location(COMMA_PATH, 5, 4, 5, 17),
    symbol="handler",
    snippet="    time.sleep(1)",
)
BARE_EXCEPT = _finding(
    BARE_EXCEPT_RULE,
    "`except:` swallows every error, including KeyboardInterrupt",
    Location("app/tasks.py", 40, 4),
    symbol="run",
)
PARSE_ERROR = _finding(PARSE_RULE, "invalid syntax", Location("app/tasks.py", 99, 0))
FINDINGS = (SQL, N_PLUS_ONE, BLOCKING, BARE_EXCEPT, PARSE_ERROR)


def _schema_errors(document: Any) -> list[str]:
    """Errors of `document` against the vendored SARIF schema, with the draft it declares."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    assert validator_class is jsonschema.Draft4Validator  # "$schema": draft-04
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    return [f"{list(e.absolute_path)}: {e.message}" for e in errors]


def _sarif(findings: tuple[Finding, ...] = FINDINGS, **options: Any) -> dict[str, Any]:
    text = render("sarif", findings, REGISTRY, RenderOptions(tool_version="1.2.3", **options))
    document: dict[str, Any] = json.loads(text)
    errors = _schema_errors(document)
    assert not errors, "\n".join(errors)
    return document


# --- registry of formats -----------------------------------------------------------------------


def test_formats_are_all_registered_and_unknown_formats_are_refused() -> None:
    assert set(FORMATS) == {"text", "concise", "json", "sarif", "github", "gitlab", "junit"}
    for fmt in FORMATS:
        module = importlib.import_module(f"scrutiny.reporters.{fmt}")
        assert renderer(fmt) is module.render
        assert render(fmt, FINDINGS, REGISTRY, OPTIONS) == module.render(
            FINDINGS, REGISTRY, OPTIONS
        )
    with pytest.raises(ValueError, match=r"unknown output format 'xml'.*sarif"):
        render("xml", FINDINGS, REGISTRY, OPTIONS)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_is_deterministic(fmt: str) -> None:
    assert render(fmt, FINDINGS, REGISTRY, OPTIONS) == render(fmt, FINDINGS, REGISTRY, OPTIONS)


# --- sarif -------------------------------------------------------------------------------------


def test_sarif_is_valid_against_the_official_schema() -> None:
    document = _sarif()
    assert document["version"] == "2.1.0"
    (run,) = document["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "scrutiny"
    assert driver["version"] == "1.2.3"
    assert driver["informationUri"].startswith("https://")
    assert len(run["results"]) == len(FINDINGS)


def test_the_schema_check_catches_broken_sarif() -> None:
    document = _sarif()
    document["runs"][0]["results"][0]["level"] = "fatal"
    del document["runs"][0]["tool"]["driver"]["name"]
    errors = _schema_errors(document)
    assert any("'fatal' is not one of" in e for e in errors)
    assert any("'name' is a required property" in e for e in errors)


def test_sarif_lists_exactly_the_rules_used_and_rule_indexes_point_at_them() -> None:
    run = _sarif()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted({f.code for f in FINDINGS})
    assert "SEC102" not in {r["id"] for r in rules}  # registered but without findings
    for result, finding in zip(run["results"], FINDINGS, strict=True):
        assert result["ruleId"] == finding.code
        assert rules[result["ruleIndex"]]["id"] == finding.code


def test_sarif_rule_metadata() -> None:
    rules = {r["id"]: r for r in _sarif()["runs"][0]["tool"]["driver"]["rules"]}
    sql = rules["SEC101"]
    assert sql["name"] == "sql-injection"
    assert sql["shortDescription"]["text"] == "Finds SQL built from untrusted input."
    assert "second paragraph" in sql["fullDescription"]["text"]
    assert "attackers" in sql["fullDescription"]["text"]
    assert sql["help"]["markdown"] == SQL_RULE.doc.strip()
    assert sql["help"]["text"] == SQL_RULE.doc.strip()
    assert sql["defaultConfiguration"]["level"] == "error"
    assert sql["properties"]["tags"][:2] == ["security", "external/cwe/cwe-89"]
    assert sql["properties"]["security-severity"] == "9.5"
    assert sql["properties"]["precision"] == "high"
    bare = rules["REL401"]
    assert bare["properties"]["tags"][0] == "reliability"
    assert "security" not in bare["properties"]["tags"]
    assert "external/cwe/cwe-396" in bare["properties"]["tags"]
    assert bare["properties"]["security-severity"] == "3.0"
    assert bare["properties"]["precision"] == "low"
    assert bare["defaultConfiguration"]["level"] == "note"
    assert rules["DB201"]["defaultConfiguration"]["level"] == "warning"
    assert rules["DB201"]["properties"]["precision"] == "medium"
    assert float(rules["ASY301"]["properties"]["security-severity"]) == 8.0


def test_sarif_results_levels_regions_and_fingerprints() -> None:
    results = _sarif()["runs"][0]["results"]
    levels = [r["level"] for r in results]
    assert levels == ["error", "warning", "error", "note", "note"]
    sql = results[0]
    region = sql["locations"][0]["physicalLocation"]["region"]
    assert region == {
        "startLine": 12,
        "startColumn": SQL_START + 1,
        "endLine": 12,
        "endColumn": SQL_END + 1,
    }
    context = sql["locations"][0]["physicalLocation"]["contextRegion"]
    assert context["snippet"]["text"] == SQL_SNIPPET
    assert sql["message"]["text"] == SQL.message
    for result, finding in zip(results, FINDINGS, strict=True):
        assert result["partialFingerprints"] == {"scrutiny/v1": finding.fingerprint}
    no_end = results[3]["locations"][0]["physicalLocation"]["region"]
    assert no_end == {"startLine": 40, "startColumn": 5, "endLine": 40}


def test_sarif_uris_are_relative_to_srcroot() -> None:
    run = _sarif()["runs"][0]
    assert "%SRCROOT%" in run["originalUriBaseIds"]
    assert "uri" not in run["originalUriBaseIds"]["%SRCROOT%"]
    uris = []
    for result in run["results"]:
        artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert artifact["uriBaseId"] == "%SRCROOT%"
        uris.append(artifact["uri"])
    for uri in uris:
        assert not uri.startswith("/")
        assert not re.match(r"^[a-z][a-z0-9+.-]*:", uri)  # no scheme: a relative reference
    assert uris[0] == "app/db.py"
    assert uris[2] == "app/api%2C%20v2/handlers.py"


def test_sarif_records_the_root_uri_when_given() -> None:
    run = _sarif(root_uri="file:///home/me/project")["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///home/me/project/"


def test_sarif_code_flows_follow_the_trace() -> None:
    results = _sarif()["runs"][0]["results"]
    (flow,) = results[0]["codeFlows"]
    (thread,) = flow["threadFlows"]
    steps = thread["locations"]
    assert len(steps) == len(SQL.trace)
    for step, expected in zip(steps, SQL.trace, strict=True):
        location = step["location"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == expected.location.path
        assert physical["region"]["startLine"] == expected.location.line
        assert physical["region"]["startColumn"] == expected.location.column + 1
        assert location["message"]["text"] == expected.note
    assert all("codeFlows" not in r for r in results[1:])


def test_sarif_describes_codes_missing_from_the_registry() -> None:
    stray = Finding(
        code="SEC999",
        name="stray-rule",
        message="from a plugin",
        severity=Severity.HIGH,
        confidence=Confidence.MEDIUM,
        location=Location("x.py", 1),
        cwe=(22,),
    )
    run = _sarif((SQL, stray))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    result = run["results"][1]
    rule = rules[result["ruleIndex"]]
    assert rule["id"] == "SEC999"
    assert rule["name"] == "stray-rule"
    assert "external/cwe/cwe-22" in rule["properties"]["tags"]


def test_sarif_without_findings_is_valid() -> None:
    run = _sarif(())["runs"][0]
    assert run["results"] == []
    assert run["tool"]["driver"]["rules"] == []


# --- gitlab ------------------------------------------------------------------------------------


def _twin(finding: Finding, line: int) -> Finding:
    """A finding with the same fingerprint as `finding` (same code, path, symbol and snippet)."""
    loc = finding.location
    moved = Location(loc.path, line, loc.column, line, loc.end_column)
    twin = replace(finding, location=moved, fingerprint="")
    assert twin.fingerprint == finding.fingerprint
    return twin


def test_gitlab_code_quality_fields() -> None:
    issues = json.loads(render("gitlab", FINDINGS, REGISTRY, OPTIONS))
    assert isinstance(issues, list)
    assert len(issues) == len(FINDINGS)
    for issue, finding in zip(issues, FINDINGS, strict=True):
        assert issue["check_name"] == finding.code
        assert issue["fingerprint"] == finding.fingerprint
        assert finding.message in issue["description"]
        assert issue["location"]["path"] == finding.path
        assert issue["location"]["lines"]["begin"] == finding.line
        assert issue["location"]["lines"]["end"] >= finding.line
    severities = [i["severity"] for i in issues]
    assert severities == ["blocker", "major", "critical", "minor", "info"]
    assert issues[0]["categories"] == ["Security"]
    assert "cursor.execute(sql, [name])" in issues[0]["content"]["body"]
    assert "`app/views.py:8`" in issues[0]["content"]["body"]
    assert "content" not in issues[3]


def test_gitlab_fingerprints_are_unique_even_for_twins() -> None:
    twin = _twin(N_PLUS_ONE, 31)
    findings = (SQL, N_PLUS_ONE, twin, _twin(N_PLUS_ONE, 32))
    issues = json.loads(render("gitlab", findings, REGISTRY, OPTIONS))
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints)
    assert fingerprints[1] == N_PLUS_ONE.fingerprint  # the first keeps its own
    assert unique_fingerprints(findings) == fingerprints  # and the choice is stable


# --- junit -------------------------------------------------------------------------------------


def test_junit_one_failed_testcase_per_finding() -> None:
    root = ET.fromstring(render("junit", FINDINGS, REGISTRY, OPTIONS))
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "scrutiny"
    assert suite.get("tests") == str(len(FINDINGS))
    assert suite.get("failures") == str(len(FINDINGS))
    cases = suite.findall("testcase")
    assert [(c.get("classname"), c.get("name")) for c in cases] == [
        (f.path, f"{f.code} line {f.line}") for f in FINDINGS
    ]
    failure = cases[0].find("failure")
    assert failure is not None
    assert failure.get("type") == "SEC101"
    assert failure.get("message") == SQL.message
    body = failure.text or ""
    assert "app/views.py:8" in body
    assert "fix: pass the values as parameters" in body
    assert SQL_SNIPPET.strip() in body


def test_junit_without_findings_has_one_passing_testcase() -> None:
    root = ET.fromstring(render("junit", (), REGISTRY, OPTIONS))
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.get("tests") == "1"
    assert suite.get("failures") == "0"
    (case,) = suite.findall("testcase")
    assert case.find("failure") is None
    assert "7 files" in (case.get("name") or "")


def test_junit_survives_characters_xml_cannot_hold() -> None:
    nasty = _finding(PARSE_RULE, "bad byte \x00 and \x1b[31m", Location("a.py", 1))
    root = ET.fromstring(render("junit", (nasty,), REGISTRY, OPTIONS))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message") == "bad byte \ufffd and \ufffd[31m"


# --- github ------------------------------------------------------------------------------------


def test_github_one_command_per_finding_with_levels() -> None:
    lines = render("github", FINDINGS, REGISTRY, OPTIONS).splitlines()
    assert len(lines) == len(FINDINGS)
    assert [line.split(" ", 1)[0] for line in lines] == [
        "::error",
        "::warning",
        "::error",
        "::notice",
        "::notice",
    ]
    assert lines[0] == (
        f"::error file=app/db.py,line=12,col={SQL_START + 1},endLine=12,endColumn={SQL_END + 1},"
        f"title=SEC101 sql-injection::{SQL.message}"
        "%0Afix: pass the values as parameters: cursor.execute(sql, [name])"
    )


def test_github_escapes_messages_and_properties() -> None:
    percent = _finding(PARSE_RULE, "100% wrong\r\n", Location("a:b.py", 1))
    text = render("github", (BLOCKING, percent), REGISTRY, OPTIONS)
    blocking, parse = text.splitlines()
    assert "file=app/api%2C v2/handlers.py," in blocking
    assert blocking.endswith("::blocking call `time.sleep`%0Ainside an async function")
    assert "\n" not in blocking
    props = blocking.split("::")[1]
    assert [p.split("=")[0] for p in props.split(" ", 1)[1].split(",")] == [
        "file",
        "line",
        "col",
        "endLine",
        "endColumn",
        "title",
    ]
    assert "file=a%3Ab.py," in parse
    assert parse.endswith("::100%25 wrong%0D%0A")


# --- text --------------------------------------------------------------------------------------


def _text(findings: tuple[Finding, ...] = FINDINGS, **options: Any) -> str:
    options.setdefault("files_checked", 7)
    return render("text", findings, REGISTRY, RenderOptions(tool_version="1.2.3", **options))


def test_text_without_color_has_no_escape_codes_and_shows_headers() -> None:
    output = _text()
    assert "\x1b" not in output
    assert (
        f"app/db.py:12:{SQL_START + 1}: SEC101 [critical/high] "
        "SQL built from request data reaches `cursor.execute`"
    ) in output.splitlines()
    # the message's line break does not break the header
    assert (
        f"{COMMA_PATH}:5:5: ASY301 [high/high] blocking call `time.sleep` inside an async function"
        in output.splitlines()
    )


def test_text_groups_by_file() -> None:
    lines = _text().splitlines()
    headings = [line for line in lines if line.endswith(("finding)", "findings)"))]
    assert headings == [
        "app/db.py  (2 findings)",
        f"{COMMA_PATH}  (1 finding)",
        "app/tasks.py  (2 findings)",
    ]


def test_text_code_frame_underlines_the_span() -> None:
    lines = _text().splitlines()
    frame = lines.index(f"12 | {SQL_SNIPPET}")
    assert lines[frame - 1] == "   |"
    carets = lines[frame + 1]
    assert carets.startswith("   | ")
    assert carets.index("^") == lines[frame].index('f"')
    assert carets.count("^") == SQL_END - SQL_START
    assert carets.rstrip("^").endswith(" ")


def test_text_single_caret_without_end_column_and_no_frame_without_snippet() -> None:
    no_end = _finding(BARE_EXCEPT_RULE, "bare", Location("a.py", 3, 4), snippet="    except:")
    lines = _text((no_end,)).splitlines()
    frame = lines.index("3 |     except:")
    assert lines[frame + 1] == "  |     ^"
    output = _text((BARE_EXCEPT,))
    assert " | " not in output  # nothing to frame


def test_text_shows_trace_and_fix() -> None:
    lines = _text().splitlines()
    trace = lines.index("   = trace:")
    assert lines[trace + 1 : trace + 4] == [
        '       1. app/views.py:8  request.GET["name"] (user input)',
        "       2. app/views.py:9  passed to `find_user(name)`",
        "       3. app/db.py:12    reaches cursor.execute (SQL sink)",
    ]
    assert (
        lines[trace + 4] == "   = fix: pass the values as parameters: cursor.execute(sql, [name])"
    )
    assert "   = fix: use Book.objects.select_related('author')" in lines


def test_text_summary_counts_by_severity() -> None:
    last = _text().splitlines()[-1]
    assert last == (
        "Found 5 findings (1 critical, 1 high, 1 medium, 1 low, 1 info) in 3 files (7 checked)."
    )
    assert _text((SQL,)).splitlines()[-1] == "Found 1 finding (1 critical) in 1 file (7 checked)."
    assert _text(()) == "No findings in 7 files.\n"
    assert _text((), files_checked=0) == "No findings.\n"


def test_text_notes_fixed_baseline_findings() -> None:
    assert "baseline" not in _text(())
    note = _text((), fixed_baseline=3).splitlines()[-1]
    assert note.startswith("3 baselined findings no longer occur")
    assert (
        _text((), fixed_baseline=1)
        .splitlines()[-1]
        .startswith("1 baselined finding no longer occurs")
    )


def test_text_with_color_uses_ansi() -> None:
    output = _text(color=True)
    assert "\x1b[" in output
    plain = re.sub(r"\x1b\[[0-9;]*m", "", output)
    assert plain == _text()


def test_text_makes_control_characters_in_source_visible() -> None:
    hostile = _finding(
        SQL_RULE,
        "evil \x1b]0;pwned\x07 message",
        Location("evil.py", 2, 8, 2, 12),
        snippet="x = '\x1b[2J'; y\u202e = 1",
        fix="do not \x1b[31m",
    )
    output = _text((hostile,))
    assert "\x1b" not in output
    assert "\u202e" not in output
    assert "\u241b[2J" in output  # ESC shown as its control picture


def test_text_aligns_carets_after_tabs_and_wide_characters() -> None:
    snippet = "\tname = '日本'; eval(x)"
    column = snippet.index("eval")
    wide = _finding(SQL_RULE, "eval", Location("w.py", 1, column, 1, column + 7), snippet=snippet)
    lines = _text((wide,)).splitlines()
    frame = next(line for line in lines if line.startswith("1 | "))
    carets = lines[lines.index(frame) + 1]
    assert frame == "1 |     name = '日本'; eval(x)"
    # '日本' takes four terminal cells for two characters
    assert carets.index("^") == frame.index("eval") + 2
    assert carets.count("^") == 7


# --- concise -----------------------------------------------------------------------------------


def test_concise_one_line_per_finding() -> None:
    lines = render("concise", FINDINGS, REGISTRY, OPTIONS).splitlines()
    assert lines[0] == (
        f"app/db.py:12:{SQL_START + 1}: SEC101 SQL built from request data reaches `cursor.execute`"
    )
    assert lines[2] == (
        f"{COMMA_PATH}:5:5: ASY301 blocking call `time.sleep` inside an async function"
    )
    assert lines[-1] == "Found 5 findings."
    assert len(lines) == len(FINDINGS) + 1
    assert render("concise", (), REGISTRY, OPTIONS) == "No findings.\n"


# --- json --------------------------------------------------------------------------------------


def test_json_round_trips_every_field() -> None:
    text = render("json", FINDINGS, REGISTRY, OPTIONS)
    assert json_format.parse(text) == FINDINGS
    parsed = json_format.parse(text)
    assert [f.fingerprint for f in parsed] == [f.fingerprint for f in FINDINGS]


def test_json_document_shape_is_stable() -> None:
    text = render("json", FINDINGS, REGISTRY, OPTIONS)
    document = json.loads(text)
    assert text == json.dumps(document, indent=2, sort_keys=True) + "\n"
    assert document["version"] == "1.2.3"
    first = document["findings"][0]
    assert first["severity"] == "critical"
    assert first["confidence"] == "high"
    assert first["location"] == {
        "path": "app/db.py",
        "line": 12,
        "column": SQL_START,
        "end_line": 12,
        "end_column": SQL_END,
    }
    assert first["cwe"] == [89]
    assert first["owasp"] == ["A03:2021"]
    assert first["trace"][0] == {
        "location": {
            "path": "app/views.py",
            "line": 8,
            "column": 11,
            "end_line": None,
            "end_column": None,
        },
        "note": 'request.GET["name"] (user input)',
    }
    assert set(first) == {
        "code",
        "name",
        "message",
        "severity",
        "confidence",
        "location",
        "cwe",
        "owasp",
        "trace",
        "fix",
        "fingerprint",
        "symbol",
        "snippet",
    }
    assert first["fix"] == SQL.fix
    assert document["findings"][3]["fix"] is None
