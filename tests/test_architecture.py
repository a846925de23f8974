"""The layering in ARCHITECTURE.md, enforced: what each module may import."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "scrutiny"

LAYERS: dict[str, int] = {
    "finding": 0,
    "rule": 1,
    "registry": 1,
    "semantic": 1,
    "frameworks": 1,
    "suppress": 1,
    "context": 2,
    "taint": 2,
    "orm": 2,
    "rules": 3,
    "config": 4,
    "selection": 4,
    "discovery": 4,
    "analyze": 4,
    "cache": 4,
    "cache_location": 4,
    "diff": 4,
    "baseline": 4,
    "check": 4,
    "docs": 4,
    "reporters": 4,
    "runtime": 4,
    "cli": 5,
    "pytest_plugin": 5,
    "middleware": 5,
    "profile": 5,
    "mcp_server": 5,
    "__main__": 5,
    "__init__": 5,
}
REPORTERS_MAY_IMPORT = {"finding", "registry", "rule", "reporters"}


def top_name(module: str) -> str:
    return module.removeprefix("scrutiny.").split(".")[0] if module != "scrutiny" else "__init__"


def _module_parts(path: Path) -> list[str]:
    return ["scrutiny", *path.relative_to(PACKAGE).with_suffix("").parts]


def scrutiny_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
        for inner in ast.walk(node)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue  # annotations only: no run-time dependency
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            package = ".".join(_module_parts(path)[: -node.level])  # relative: resolve it
            found.add(f"{package}.{node.module}" if node.module else package)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "scrutiny" or node.module.startswith("scrutiny."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("scrutiny"))
    return found


def test_every_module_has_a_layer() -> None:
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).with_suffix("")
        assert relative.parts[0] in LAYERS, f"{relative} has no layer in ARCHITECTURE.md"


def test_modules_import_only_their_layer_and_below() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        own = path.relative_to(PACKAGE).with_suffix("").parts[0]
        for imported in scrutiny_imports(path):
            target = top_name(imported)
            if target == own:
                continue
            too_high = LAYERS[target] > LAYERS[own]
            if too_high or (own == "reporters" and target not in REPORTERS_MAY_IMPORT):
                problems.append(f"{path.relative_to(PACKAGE)} imports {imported}")
    assert not problems, "\n".join(problems)


def test_rules_do_not_import_each_other() -> None:
    """A rule may share code with the rules of its own subpackage through a private helper module
    (`rules/security/jwt/_common.py`), never import another rule or another subpackage's code."""
    for path in (PACKAGE / "rules").rglob("*.py"):
        own = ".".join(("scrutiny", *path.parent.relative_to(PACKAGE).parts))
        for name in scrutiny_imports(path):
            if not name.startswith("scrutiny.rules"):
                continue
            package, _, module = name.rpartition(".")
            assert package == own and module.startswith("_"), f"{path} imports {name}"
