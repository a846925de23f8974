"""The nodes the database rules index, found in one pass over a file for all of them.

Not a rule. `structural_nodes(file)` lists, in source order, the loops and comprehensions,
`return` statements, functions and classes of the file (`FileContext.shared`): the N+1
extraction (DB101, DB106) and the loop extraction (DB102-DB105) read it instead of each walking
every node of the semantic model.
"""

from __future__ import annotations

import ast
from typing import get_args

from scrutiny.context import FileContext

from ._loops_context import LoopNode

SHARED_KEY = "db.nodes"
LOOP_TYPES: frozenset[type[ast.AST]] = frozenset(get_args(LoopNode))
_TYPES = frozenset({*LOOP_TYPES, ast.Return, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef})


def structural_nodes(file: FileContext) -> list[ast.AST]:
    """Loops, comprehensions, returns, functions and classes, in source order."""
    return file.shared(SHARED_KEY, _find)


def _find(file: FileContext) -> list[ast.AST]:
    return [n for n in file.semantic.nodes if type(n) in _TYPES]
