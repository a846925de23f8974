"""Recognizing logging calls: which logger a call is made on, its method and its message.

Shared by the logging rules REL108-REL112. A receiver is a logger when it is created by a known
factory (`logging.getLogger`, `structlog.get_logger`...), imported as one (`loguru.logger`), bound
from one (`log.bind(...)`, `logger.opt(...)`), or, when nothing better is known, named like one
(`logger`, `log`, `self.logger`, `app.logger`).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from scrutiny.context import FileContext
from scrutiny.frameworks.logging_apis import (
    BINDING_METHODS,
    CLI_MODULES,
    LOG_METHODS,
    LOGGER_FACTORIES,
    LOGGER_NAMES,
    LOGGER_OBJECTS,
    MANAGEMENT_DIRECTORY,
    MANAGEMENT_MODULE,
    MESSAGE_KEYWORDS,
    ROOT,
    ROOT_FUNCTIONS,
    SCRIPT_DIRECTORIES,
    SCRIPT_FILES,
    STDLIB,
    TASK_QUEUE_MODULES,
    TEST_SUPPORT_DIRECTORIES,
    TEST_SUPPORT_MODULES,
)
from scrutiny.semantic.model import SemanticModel

_MAX_DEPTH = 6


@dataclass(frozen=True)
class LogCall:
    """A call that emits a log record."""

    node: ast.Call
    kind: str  # STDLIB, ROOT, STRUCTLOG or LOGURU
    method: str  # "error", "info", "log"...
    message: ast.expr | None  # the message (event) argument, when passed
    bound: tuple[ast.keyword, ...]  # keywords of binding calls on the way (`opt(exception=True)`)

    @property
    def data(self) -> list[ast.expr]:
        """Every argument value after the level, message included."""
        start = 1 if self.method == "log" else 0
        values = [a.value if isinstance(a, ast.Starred) else a for a in self.node.args[start:]]
        return values + [k.value for k in self.node.keywords]


def log_call(node: ast.Call, semantic: SemanticModel) -> LogCall | None:
    """The logging call `node` is, or None."""
    func = node.func
    if isinstance(func, ast.Name):  # `from logging import info as log_info`
        callee = semantic.qualified_name(func)
        if callee is None or callee not in ROOT_FUNCTIONS:
            return None
        method = callee.rsplit(".", 1)[1]
        return LogCall(node, ROOT, method, _message(node, method), ())
    if not isinstance(func, ast.Attribute):
        return None
    method = func.attr
    if method not in LOG_METHODS:
        return None
    callee = semantic.qualified_name(func)
    if callee is not None and callee in ROOT_FUNCTIONS:
        return LogCall(node, ROOT, method, _message(node, method), ())
    bound: list[ast.keyword] = []
    kind = logger_kind(func.value, semantic, bound)
    if kind is None:
        return None
    return LogCall(node, kind, method, _message(node, method), tuple(bound))


def _message(node: ast.Call, method: str) -> ast.expr | None:
    index = LOG_METHODS[method]
    if len(node.args) > index and not any(
        isinstance(a, ast.Starred) for a in node.args[: index + 1]
    ):
        return node.args[index]
    for keyword in node.keywords:
        if keyword.arg in MESSAGE_KEYWORDS:
            return keyword.value
    return None


def logger_kind(
    expr: ast.expr, semantic: SemanticModel, bound: list[ast.keyword] | None = None, depth: int = 0
) -> str | None:
    """The kind of logger `expr` evaluates to, or None when it is not known to be a logger."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(expr, ast.Call):
        factory = LOGGER_FACTORIES.get(semantic.qualified_name(expr.func) or "")
        if factory is not None:
            return factory
        if isinstance(expr.func, ast.Attribute) and expr.func.attr in BINDING_METHODS:
            if bound is not None:
                bound.extend(expr.keywords)
            return logger_kind(expr.func.value, semantic, bound, depth + 1)
        return None
    if isinstance(expr, ast.Name):
        return _name_kind(expr, semantic, depth)
    if isinstance(expr, ast.Attribute):
        return _attribute_kind(expr, semantic, depth)
    return None


def _name_kind(name: ast.Name, semantic: SemanticModel, depth: int) -> str | None:
    qualified = semantic.qualified_name(name)
    if qualified is not None:
        known = LOGGER_OBJECTS.get(qualified)
        if known is not None:
            return known
        last = qualified.rsplit(".", 1)[-1]
        return STDLIB if last in LOGGER_NAMES and not qualified.startswith("builtins.") else None
    values = semantic.assigned_values(name)
    if values is None:
        return None
    found = _kind_of_values(values, semantic, depth)
    if found is not None:
        return found
    return STDLIB if name.id in LOGGER_NAMES and _plausible(values) else None


def _attribute_kind(attr: ast.Attribute, semantic: SemanticModel, depth: int) -> str | None:
    qualified = semantic.qualified_name(attr)
    if qualified is not None and qualified in LOGGER_OBJECTS:
        return LOGGER_OBJECTS[qualified]
    if isinstance(attr.value, ast.Name) and attr.value.id in ("self", "cls"):
        klass = next((a for a in semantic.ancestors(attr) if isinstance(a, ast.ClassDef)), None)
        values = semantic.attribute_values.get((klass, attr.attr)) if klass else None
        if values:
            found = _kind_of_values(list(values), semantic, depth)
            if found is not None:
                return found
            if not _plausible(list(values)):
                return None
    return STDLIB if attr.attr in LOGGER_NAMES else None


def _kind_of_values(
    values: list[ast.expr | None], semantic: SemanticModel, depth: int
) -> str | None:
    for value in values:
        if value is not None and not isinstance(value, ast.Constant):
            kind = logger_kind(value, semantic, None, depth + 1)
            if kind is not None:
                return kind
    return None


def _plausible(values: list[ast.expr | None]) -> bool:
    """Whether values a logger-named variable holds could be a logger (not a literal)."""
    return not any(
        isinstance(v, ast.Constant | ast.List | ast.Dict | ast.Set | ast.Tuple | ast.JoinedStr)
        for v in values
    )


# -- facts about the file, computed once for the family -----------------------------------------


@dataclass(frozen=True)
class ModuleFacts:
    """What the logging rules need to know about a whole file."""

    has_main_block: bool  # `if __name__ == "__main__":` at module level
    imported: frozenset[str]  # top-level names of imported modules


def module_facts(file: FileContext) -> ModuleFacts:
    return file.shared("logging.module_facts", _compute_facts)


def _compute_facts(file: FileContext) -> ModuleFacts:
    tree = file.tree
    main = any(isinstance(stmt, ast.If) and is_main_guard(stmt.test) for stmt in tree.body)
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".", 1)[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            imported.add(node.module.split(".", 1)[0])
    return ModuleFacts(main, frozenset(imported))


def is_main_guard(test: ast.expr) -> bool:
    """`__name__ == "__main__"` (either way round, possibly `and`-ed with other conditions)."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return any(is_main_guard(value) for value in test.values)
    if not isinstance(test, ast.Compare) or len(test.ops) != 1:
        return False
    if not isinstance(test.ops[0], ast.Eq):
        return False
    sides = [test.left, test.comparators[0]]
    names = [s for s in sides if isinstance(s, ast.Name) and s.id == "__name__"]
    mains = [s for s in sides if isinstance(s, ast.Constant) and s.value == "__main__"]
    return len(names) == 1 and len(mains) == 1


def in_main_block(node: ast.AST, semantic: SemanticModel) -> bool:
    return any(isinstance(a, ast.If) and is_main_guard(a.test) for a in semantic.ancestors(node))


def is_program(file: FileContext) -> bool:
    """Whether the file is a program rather than a module: a script, a CLI, code that runs
    under `manage.py`, a test or test-support code."""
    facts = module_facts(file)
    segments = file.path.split("/")
    directories, name = segments[:-1], segments[-1]
    if file.has_role("tests") or facts.has_main_block or name in SCRIPT_FILES:
        return True
    if name in TEST_SUPPORT_MODULES:
        return True
    if file.has_role("scripts") and not (
        name == "tasks.py" and facts.imported & TASK_QUEUE_MODULES
    ):
        return True
    if any(d in SCRIPT_DIRECTORIES or d in TEST_SUPPORT_DIRECTORIES for d in directories):
        return True
    if MANAGEMENT_DIRECTORY in directories or name == MANAGEMENT_MODULE:
        return True
    return bool(facts.imported & CLI_MODULES)


_FUNCTION_BOUNDARIES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def exits_after(node: ast.AST, semantic: SemanticModel, exit_calls: frozenset[str]) -> bool:
    """Whether a statement after `node`, in its block or an enclosing block of the same
    function, ends the process (`sys.exit(...)`, `raise SystemExit`)."""
    current: ast.AST = node
    for parent in semantic.ancestors(node):
        if isinstance(current, ast.stmt):
            for field in ("body", "orelse", "finalbody"):
                block = getattr(parent, field, None)
                if isinstance(block, list) and current in block:
                    following = block[block.index(current) + 1 :]
                    if any(_exits(s, semantic, exit_calls) for s in following):
                        return True
        if isinstance(parent, _FUNCTION_BOUNDARIES):
            return False
        current = parent
    return False


def _exits(statement: ast.stmt, semantic: SemanticModel, exit_calls: frozenset[str]) -> bool:
    if isinstance(statement, ast.Raise) and statement.exc is not None:
        raised = statement.exc.func if isinstance(statement.exc, ast.Call) else statement.exc
        return semantic.qualified_name(raised) == "builtins.SystemExit"
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Call)
        and semantic.qualified_name(statement.value.func) in exit_calls
    )


_NOQA = re.compile(r"#\s*noqa:\s*([A-Z0-9, ]+)", re.IGNORECASE)


def ruff_noqa(file: FileContext, node: ast.AST, codes: tuple[str, ...]) -> bool:
    """Whether the node's first line carries a `# noqa:` for one of ruff's equivalent `codes`
    (or a prefix of one): the author already decided this one is intended."""
    line = getattr(node, "lineno", 0)
    if not 0 < line <= len(file.lines):
        return False
    match = _NOQA.search(file.lines[line - 1])
    if match is None:
        return False
    given = [c.strip().upper() for c in match.group(1).split(",") if c.strip()]
    return any(code.startswith(g) for g in given for code in codes)
