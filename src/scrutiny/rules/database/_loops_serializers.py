"""DRF `SerializerMethodField` methods: code that runs once per serialized row.

Not a rule (it defines no `RULE`). A `get_<field>` method of a serializer with
`<field> = SerializerMethodField()` runs for every object of a `many=True` serializer (a list
endpoint), so a query in it is a query per row, with no loop in sight.
"""

from __future__ import annotations

import ast

from scrutiny.context import FileContext
from scrutiny.frameworks import orm_loops as data

from ._loops_facts import Loop

Method = ast.FunctionDef | ast.AsyncFunctionDef


def serializer_row_methods(file: FileContext) -> dict[ast.AST, Loop]:
    """Each `SerializerMethodField` method of the module's serializers, with the pseudo-loop
    (the field's line) its queries are reported against."""
    semantic = file.semantic
    found: dict[ast.AST, Loop] = {}
    for klass in semantic.tree.body:
        if not isinstance(klass, ast.ClassDef) or not _is_serializer(file, klass):
            continue
        methods = {
            item.name: item
            for item in klass.body
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
        }
        for item in klass.body:
            if not isinstance(item, ast.Assign) or not isinstance(item.value, ast.Call):
                continue
            name = semantic.qualified_name(item.value.func) or ""
            if not name.endswith(data.SERIALIZER_METHOD_FIELD):
                continue
            for target in item.targets:
                if not isinstance(target, ast.Name):
                    continue
                method = methods.get(_method_name(item.value, target.id))
                if method is not None:
                    header = f"each object `{klass.name}` serializes (`{target.id}`)"
                    found[method] = Loop(file.site(item), header, None)
    return found


def _is_serializer(file: FileContext, klass: ast.ClassDef) -> bool:
    for base in klass.bases:
        name = file.semantic.qualified_name(base) or ast.unparse(base)
        if name.startswith(data.SERIALIZER_PACKAGES) or name.endswith("Serializer"):
            return True
    return False


def _method_name(call: ast.Call, field: str) -> str:
    for keyword in call.keywords:
        if keyword.arg == "method_name" and isinstance(keyword.value, ast.Constant):
            return str(keyword.value.value)
    return f"get_{field}"
