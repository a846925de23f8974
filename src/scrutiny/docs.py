"""Generated documentation: `docs/rules.md` from the registry (kept in sync by a test).

Regenerate with `scrutiny rules --markdown > docs/rules.md`.
"""

from __future__ import annotations

from scrutiny.registry import Registry


def rules_markdown(registry: Registry) -> str:
    lines = [
        "# Rules",
        "",
        "Generated from the rule registry by `scrutiny rules --markdown`; do not edit by hand.",
        "Every rule's full documentation is also printed by `scrutiny explain CODE`.",
        "",
        "| Code | Name | Area | Severity | Confidence | Status | CWE |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for rule in registry:
        cwe = ", ".join(f"CWE-{c}" for c in rule.cwe)
        lines.append(
            f"| [{rule.code}](#{rule.code.lower()}-{rule.name}) | `{rule.name}` | {rule.area} | "
            f"{rule.severity.label} | {rule.confidence.label} | {rule.status.value} | {cwe} |"
        )
    for rule in registry:
        lines += ["", f"## {rule.code} {rule.name}", ""]
        body = rule.doc.strip().splitlines()
        if body and body[0].startswith("# "):
            lines.append(f"**{body[0][2:].strip()}**")
            body = body[1:]
        lines += [("#" + line if line.startswith("## ") else line) for line in body]
    return "\n".join(lines).rstrip() + "\n"
