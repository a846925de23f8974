"""DRF serializers and class-based views, reduced to what they read from each row.

Not a rule. A serializer becomes its fields' attribute paths (`source="customer.name"`, a nested
`LineSerializer(many=True)` on `lines`, what `get_<field>(self, obj)` does with `obj`); a view
becomes its queryset (`queryset = ...` or `get_queryset()`), serializer and template. Whether a
class really is a serializer or a list view is decided in the project phase, with its ancestry.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from scrutiny.frameworks import nplusone as api

from ._nplusone_facts import SerializerFact, SerializerField, Source, Usage, ViewFact
from ._nplusone_syntax import Found, span_of_body

if TYPE_CHECKING:
    from ._nplusone_extract import _Extractor


def serializer_fact(ext: _Extractor, node: ast.ClassDef) -> SerializerFact | None:
    bases = _bases(ext, node)
    if not any(b in api.DRF_SERIALIZER_BASES or b.endswith("Serializer") for b in bases):
        return None
    model, meta_fields = _meta(ext, node)
    methods = {
        s.name: s for s in node.body if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    fields: list[SerializerField] = []
    for statement in node.body:
        if not (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
            and isinstance(statement.value, ast.Call)
        ):
            continue
        found = _field(ext, statement.targets[0].id, statement.value, methods)
        if found is not None:
            fields.append(found)
    qualname = f"{ext.model.module}.{ext.model.qualnames[node]}"
    return SerializerFact(qualname, bases, model, tuple(fields), meta_fields, ext.where(node))


def _field(
    ext: _Extractor,
    name: str,
    call: ast.Call,
    methods: dict[str, ast.FunctionDef | ast.AsyncFunctionDef],
) -> SerializerField | None:
    callee = ext.callee(call.func) or ast.unparse(call.func)
    source = _literal_keyword(ext, call, "source")
    many = _literal_keyword(ext, call, "many") is True
    site = ext.where(call)
    if source == "*":
        return None
    path = tuple(source.split(".")) if isinstance(source, str) and source else (name,)
    if callee.startswith(api.DRF_FIELD_MODULES):
        short = callee.rpartition(".")[2]
        if short == api.DRF_METHOD_FIELD:
            method_name = _literal_keyword(ext, call, "method_name")
            if not isinstance(method_name, str) and call.args:
                method_name = ext.model.literal_value(call.args[0])
            if not isinstance(method_name, str):
                method_name = f"get_{name}"
            method = methods.get(method_name)
            if method is None:
                return None
            usage = _method_usage(ext, method)
            return SerializerField(name, (), None, False, usage, site) if usage else None
        if short in api.DRF_PK_ONLY_FIELDS and not many:
            return None
        return SerializerField(name, path, None, many, None, site)
    return SerializerField(name, path, callee, many, None, site)


def _method_usage(ext: _Extractor, method: ast.FunctionDef | ast.AsyncFunctionDef) -> Usage:
    params = method.args.posonlyargs + method.args.args
    if len(params) < 2:
        return Usage()
    found = Found()
    ext._follow(method, params[1].arg, span_of_body(method.body), (), found, 0)
    return found.usage()


def _meta(ext: _Extractor, node: ast.ClassDef) -> tuple[str | None, tuple[str, ...]]:
    model: str | None = None
    fields: tuple[str, ...] = ()
    for statement in node.body:
        if not (isinstance(statement, ast.ClassDef) and statement.name == "Meta"):
            continue
        for item in statement.body:
            if not (
                isinstance(item, ast.Assign)
                and len(item.targets) == 1
                and isinstance(item.targets[0], ast.Name)
            ):
                continue
            if item.targets[0].id == "model":
                model = ext.model.qualified_name(item.value)
            elif item.targets[0].id == "fields":
                value = ext.model.literal_value(item.value)
                if isinstance(value, list | tuple):
                    fields = tuple(v for v in value if isinstance(v, str))
                elif value == "__all__":
                    fields = ("__all__",)
    return model, fields


def view_fact(ext: _Extractor, node: ast.ClassDef) -> ViewFact | None:
    queryset: Source | None = None
    model = serializer = template = context_name = None
    for statement in node.body:
        if isinstance(statement, ast.FunctionDef) and statement.name == "get_queryset":
            qualname = f"{ext.model.module}.{ext.model.qualnames[statement]}"
            site = ext.file.site(statement)
            queryset = Source(None, qualname, frozenset(), False, site)
            continue
        if not (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
        ):
            continue
        name, value = statement.targets[0].id, statement.value
        if name == "queryset" and queryset is None:
            queryset = ext.source(value)
        elif name == "model":
            model = ext.model.qualified_name(value)
        elif name == "serializer_class":
            serializer = ext.model.qualified_name(value)
        elif name == "template_name":
            literal = ext.model.literal_value(value)
            template = literal if isinstance(literal, str) else None
        elif name == "context_object_name":
            literal = ext.model.literal_value(value)
            context_name = literal if isinstance(literal, str) else None
    if queryset is None and model is None:
        return None
    if serializer is None and template is None and model is None:
        bases = _bases(ext, node)
        if not any(b.rpartition(".")[2] in api.VIEW_BASE_NAMES for b in bases):
            return None
    qualname = f"{ext.model.module}.{ext.model.qualnames[node]}"
    return ViewFact(
        qualname,
        _bases(ext, node),
        queryset,
        model,
        serializer,
        template,
        context_name,
        ext.file.site(node),
    )


def _bases(ext: _Extractor, node: ast.ClassDef) -> tuple[str, ...]:
    return tuple(ext.model.qualified_name(b) or ast.unparse(b) for b in node.bases)


def _literal_keyword(ext: _Extractor, call: ast.Call, name: str) -> object:
    for keyword in call.keywords:
        if keyword.arg == name:
            return ext.model.literal_value(keyword.value)
    return None
