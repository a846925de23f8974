"""Architecture checks on the rule registry: documented, tested, unique, generated docs in sync."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fixture_marks import discover_fixtures, fixture_files, read_marks

from scrutiny import Registry
from scrutiny.docs import rules_markdown
from scrutiny.registry import RegistryError
from scrutiny.rule import DOC_SECTIONS, Rule

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = Registry.load()
FIXTURES = Path(__file__).parent / "fixtures"


def all_marks() -> list[tuple[str, str]]:
    marks = []
    for fixture in discover_fixtures(FIXTURES):
        root, files = fixture_files(fixture)
        marks += [(m.code, m.kind) for m in read_marks(root, files)]
    return marks


MARKS = all_marks()


@pytest.mark.parametrize("rule", REGISTRY.rules, ids=lambda r: r.code)
def test_rule_is_documented_in_every_section(rule: Rule) -> None:
    doc = rule.doc
    assert doc.startswith("# "), f"{rule.code}: doc must open with a '# Title' line"
    positions = []
    for section in DOC_SECTIONS:
        match = re.search(rf"^## {re.escape(section)}\n\S", doc, re.M)
        assert match, f"{rule.code}: section '## {section}' missing or empty"
        positions.append(match.start())
    assert positions == sorted(positions), f"{rule.code}: sections out of order"
    assert rule.summary, rule.code


@pytest.mark.parametrize(
    "rule", [r for r in REGISTRY if not r.is_engine_rule], ids=lambda r: r.code
)
def test_rule_has_positive_and_negative_fixtures(rule: Rule) -> None:
    assert (rule.code, "expect") in MARKS, f"{rule.code}: no `# expect: {rule.code}` fixture line"
    assert (rule.code, "ok") in MARKS, f"{rule.code}: no `# ok: {rule.code}` tricky negative"


def test_security_rules_carry_cwe_and_owasp() -> None:
    for rule in REGISTRY:
        if rule.area == "security":
            assert rule.cwe and rule.owasp, rule.code
        assert all(isinstance(c, int) and c > 0 for c in rule.cwe), rule.code


def test_generated_rule_docs_are_in_sync() -> None:
    on_disk = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert on_disk == rules_markdown(REGISTRY), "run `scrutiny rules --markdown > docs/rules.md`"


def test_registry_rejects_duplicates_and_bad_codes() -> None:
    rule = REGISTRY.rules[0]
    with pytest.raises(RegistryError):
        Registry.of([rule, rule])
    from dataclasses import replace

    with pytest.raises(RegistryError):
        Registry.of([replace(rule, code="XYZ1")])
    with pytest.raises(RegistryError):
        Registry.of([replace(rule, name="Not_Kebab")])


def test_selectors() -> None:
    assert {r.code for r in REGISTRY.matching("SCR00")} >= {"SCR001", "SCR005"}
    assert [r.code for r in REGISTRY.matching("http-request-without-timeout")] == ["REL101"]
    assert REGISTRY.is_valid_selector("sec") and REGISTRY.is_valid_selector("ALL")
    assert not REGISTRY.is_valid_selector("SEC9") and not REGISTRY.is_valid_selector("123")
