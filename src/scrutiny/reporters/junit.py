"""JUnit XML, for CI systems that show test reports: each finding is a failed test case.

One `<testsuite name="scrutiny">` inside `<testsuites>`; each finding is a `<testcase>` whose
`classname` is the file and `name` is `CODE line N`, holding a `<failure>` with the message and a
plain-text body (location, severity, code line, trace, fix). A run without findings gets one
passing test case, so the CI still shows that the check ran.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from scrutiny.finding import Finding
from scrutiny.registry import Registry
from scrutiny.reporters._common import plural
from scrutiny.reporters.options import RenderOptions

SUITE_NAME = "scrutiny"
# Characters that XML 1.0 forbids even as character references.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render(findings: Sequence[Finding], registry: Registry, options: RenderOptions) -> str:
    del registry  # the findings carry everything a test case shows
    count = str(max(len(findings), 1))
    failures = str(len(findings))
    root = ET.Element("testsuites", name=SUITE_NAME, tests=count, failures=failures, errors="0")
    suite = ET.SubElement(
        root,
        "testsuite",
        name=SUITE_NAME,
        tests=count,
        failures=failures,
        errors="0",
        skipped="0",
    )
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="scrutiny.version", value=_xml(options.tool_version))
    ET.SubElement(properties, "property", name="files_checked", value=str(options.files_checked))
    for finding in findings:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=_xml(finding.path),
            name=f"{_xml(finding.code)} line {finding.line}",
            file=_xml(finding.path),
            line=str(finding.line),
        )
        failure = ET.SubElement(
            case, "failure", message=_xml(finding.message), type=_xml(finding.code)
        )
        failure.text = _xml(_details(finding))
    if not findings:
        checked = plural(options.files_checked, "file")
        ET.SubElement(suite, "testcase", classname=SUITE_NAME, name=f"no findings in {checked}")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _details(finding: Finding) -> str:
    loc = finding.location
    lines = [
        f"{loc.path}:{loc.line}:{loc.column + 1}: {finding.code} {finding.name}",
        f"severity: {finding.severity.label}, confidence: {finding.confidence.label}",
        finding.message,
    ]
    if finding.snippet.strip():
        lines += ["", f"  {loc.line} | {finding.snippet.splitlines()[0].rstrip()}"]
    if finding.trace:
        lines += ["", "trace:"]
        lines += [
            f"  {n}. {step.location.path}:{step.location.line}  {step.note}"
            for n, step in enumerate(finding.trace, start=1)
        ]
    if finding.fix:
        lines += ["", f"fix: {finding.fix}"]
    return "\n".join(lines)


def _xml(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold (shown as U+FFFD)."""
    return _NOT_XML.sub("\ufffd", text)
