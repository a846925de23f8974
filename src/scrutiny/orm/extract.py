"""Per-file extraction of ORM models (Django and SQLAlchemy) into picklable `ModelFacts`.

Only module-level classes are read (models live there), and only their bodies: the cost is one
pass over the top-level statements, and nothing at all for files that cannot define models.
Every DB rule calls `model_facts(file)`; it is computed once per file (`FileContext.shared`).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from scrutiny.context import FileContext
from scrutiny.frameworks import orm_apis as api
from scrutiny.orm.schema import FieldFacts, FieldKind, Framework, ModelFacts
from scrutiny.semantic.model import SemanticModel

SHARED_KEY = "orm.models"
# `*Field` classes of these packages are form / serializer fields, never model fields
_NOT_MODEL_FIELDS = (
    "django.forms",
    "rest_framework",
    "wtforms",
    "marshmallow",
    "pydantic",
    "sqlalchemy",
    "dataclasses",
)


def model_facts(file: FileContext) -> tuple[ModelFacts, ...]:
    """Every model class defined at module level in `file` (() fast when there can be none)."""
    return file.shared(SHARED_KEY, _compute)


def may_use_orm(file: FileContext) -> bool:
    """Cheap test: the file imports an ORM module (or Flask-SQLAlchemy-style `db.` helpers)."""
    return file.shared("orm.may_use_orm", _imports_orm)


def _imports_orm(file: FileContext) -> bool:
    for bindings in file.semantic.bindings.get(file.tree, {}).values():
        for binding in bindings:
            target = binding.target
            if binding.kind == "import" and target and target.startswith(api.ORM_MODULE_PREFIXES):
                return True
    return False


def _compute(file: FileContext) -> tuple[ModelFacts, ...]:
    classes = [s for s in file.tree.body if isinstance(s, ast.ClassDef)]
    imports_orm = may_use_orm(file)
    reader = _Reader(file.semantic, file.path)
    found: list[ModelFacts] = list(reader.tables(file.tree)) if imports_orm else []
    if not classes and not found:
        return ()
    for klass in classes:
        if (not klass.bases or not imports_orm) and not _has_orm_signs(klass):
            continue
        facts = reader.model(klass)
        if facts is not None:
            found.append(facts)
    if not found:
        return ()
    return reader.finish(found, file.tree)


def _has_orm_signs(klass: ast.ClassDef) -> bool:
    """A class in a file without ORM imports: `db.Column(...)`, `__tablename__`, or a `Meta`."""
    for stmt in klass.body:
        if isinstance(stmt, ast.ClassDef) and stmt.name == "Meta":
            return True
        if _is_declared_attr(stmt):
            return True
        value = _assigned_value(stmt)
        if isinstance(stmt, ast.Assign) and _target_names(stmt) == ["__tablename__"]:
            return True
        if isinstance(value, ast.Call):
            attr = _tail(value.func)
            if attr in api.SQLALCHEMY_DB_ATTRIBUTES or attr.endswith("Field"):
                return True
    return False


def _is_declared_attr(stmt: ast.stmt) -> bool:
    """`@declared_attr def created_by_id(cls): return Column(ForeignKey(...))` (mixins)."""
    return isinstance(stmt, ast.FunctionDef) and any(
        _tail(d.func if isinstance(d, ast.Call) else d) in api.SQLALCHEMY_DECLARED_ATTR
        or (isinstance(d, ast.Attribute) and _tail(d.value) in api.SQLALCHEMY_DECLARED_ATTR)
        for d in stmt.decorator_list
    )


def _declared_value(function: ast.FunctionDef) -> ast.expr | None:
    last = function.body[-1] if function.body else None
    return last.value if isinstance(last, ast.Return) else None


def _assigned_value(stmt: ast.stmt) -> ast.expr | None:
    if isinstance(stmt, ast.Assign | ast.AnnAssign):
        return stmt.value
    return None


def _target_names(stmt: ast.Assign | ast.AnnAssign) -> list[str]:
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
    return [t.id for t in targets if isinstance(t, ast.Name)]


def _str(expr: ast.expr | None) -> str | None:
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return expr.value
    return None


def _bool(expr: ast.expr | None) -> bool | None:
    if isinstance(expr, ast.Constant) and isinstance(expr.value, bool):
        return expr.value
    return None


def _keywords(call: ast.Call) -> dict[str, ast.expr]:
    return {k.arg: k.value for k in call.keywords if k.arg is not None}


def _strings(expr: ast.expr | None) -> tuple[str, ...]:
    """("a", "b") from a list/tuple of string constants; a lone string gives ("a",)."""
    if expr is None:
        return ()
    text = _str(expr)
    if text is not None:
        return (text,)
    if isinstance(expr, ast.List | ast.Tuple):
        return tuple(s for s in (_str(e) for e in expr.elts) if s is not None)
    return ()


def _field_name(name: str) -> str:
    """An index entry "-created" (descending) is the field "created"."""
    return name.lstrip("-+")


def app_label_of(module: str) -> str | None:
    """Django's default app label: the package that holds `models` ("shop.catalog.models" →
    "catalog"); for other modules the package of the file."""
    parts = module.split(".")
    if "models" in parts:
        position = len(parts) - 1 - parts[::-1].index("models")
        return parts[position - 1] if position > 0 else None
    return parts[-2] if len(parts) > 1 else None


def snake_case(name: str) -> str:
    """Flask-SQLAlchemy's default table name for a model class ("OrderLine" → "order_line")."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@dataclass
class _Draft:
    """A model being read: facts that need the whole file before they are final."""

    facts: ModelFacts
    table_indexes: list[tuple[str, ...]] = field(default_factory=list)  # by column or attribute


class _Reader:
    def __init__(self, semantic: SemanticModel, path: str) -> None:
        self.semantic = semantic
        self.path = path
        self.local_models: dict[str, Framework] = {}  # class name in this file -> framework
        self.module_indexes: dict[str, list[tuple[str, ...]]] = {}

    # -- classification ------------------------------------------------------------------------

    def _qualified(self, expr: ast.expr) -> str | None:
        return self.semantic.qualified_name(expr)

    def _sqla_kind(self, func: ast.expr) -> api.SqlaCallKind | None:
        name = self._qualified(func)
        if name is not None and name in api.SQLALCHEMY_CALLS:
            return api.SQLALCHEMY_CALLS[name]
        if isinstance(func, ast.Attribute) and (name is None or not name.startswith("sqlalchemy")):
            return api.SQLALCHEMY_DB_ATTRIBUTES.get(func.attr)
        if isinstance(func, ast.Name) and name is not None and name.startswith("flask_sqlalchemy"):
            return api.SQLALCHEMY_DB_ATTRIBUTES.get(func.id)
        return None

    def _framework(self, klass: ast.ClassDef, bases: tuple[str, ...]) -> Framework | None:
        for base_expr, base in zip(klass.bases, bases, strict=True):
            if base in api.DJANGO_MODEL_BASES:
                return "django"
            if base in api.SQLALCHEMY_MODEL_BASES:
                return "sqlalchemy"
            if isinstance(base_expr, ast.Name) and base_expr.id in self.local_models:
                return self.local_models[base_expr.id]
            if self._is_declarative_base(base_expr):
                return "sqlalchemy"
        if any(self._is_other_class(b) for b in bases):
            return None
        django = sqla = 0
        for stmt in klass.body:
            value = _assigned_value(stmt)
            is_table = isinstance(stmt, ast.Assign) and _target_names(stmt) == ["__tablename__"]
            if (
                is_table
                or _is_declared_attr(stmt)
                or (isinstance(stmt, ast.AnnAssign) and self._is_mapped(stmt.annotation))
            ):
                sqla += 1
            elif isinstance(value, ast.Call):
                if self._sqla_kind(value.func) in ("column", "relationship"):
                    sqla += 1
                elif self._django_field_kind(value) is not None:
                    django += 1
            elif isinstance(stmt, ast.ClassDef) and stmt.name == "Meta" and _is_model_meta(stmt):
                django += 1
        if sqla > django:
            return "sqlalchemy"
        if django:
            return "django"
        return None

    def _is_other_class(self, base: str) -> bool:
        """A base that is known not to be a model: a class of this file that is not one, or a
        library class (`django.db.models.Func`, `rest_framework...`) outside the model tables."""
        module = self.semantic.module
        if base.startswith(f"{module}.") and base.count(".") == module.count(".") + 1:
            return True  # defined in this file before, and not recorded as a model
        return base.startswith(api.NON_MODEL_BASE_PREFIXES)

    def _is_declarative_base(self, expr: ast.expr) -> bool:
        """`Base` assigned from `declarative_base()` in this file, or `db.Model`."""
        if isinstance(expr, ast.Attribute) and expr.attr == "Model":
            qualified = self._qualified(expr)
            return qualified is None or not qualified.startswith("django")
        if isinstance(expr, ast.Name):
            for binding in self.semantic.bindings.get(self.semantic.tree, {}).get(expr.id, []):
                value = binding.value
                if isinstance(value, ast.Call) and self._sqla_kind(value.func) in (
                    "declarative_base",
                ):
                    return True
        return False

    def _is_mapped(self, annotation: ast.expr) -> bool:
        head = annotation.value if isinstance(annotation, ast.Subscript) else annotation
        name = self._qualified(head)
        return name in api.SQLALCHEMY_MAPPED or (
            isinstance(head, ast.Name | ast.Attribute) and ast.unparse(head).endswith("Mapped")
        )

    def _django_field_kind(self, call: ast.Call, custom: bool = False) -> FieldKind | None:
        """The kind of a Django model field call; `custom` also accepts project field classes
        (`MoneyField(...)`), which only a class already known to be a model can tell apart."""
        name = self._qualified(call.func)
        if name is not None and name in api.DJANGO_RELATION_FIELDS:
            return api.DJANGO_RELATION_FIELDS[name]
        tail = name.rpartition(".")[2] if name else _tail(call.func)
        if name is not None and name.startswith(api.DJANGO_FIELD_MODULES):
            if tail.endswith("Field") or tail in ("ForeignObject",):
                return "column"
            return None
        if custom and tail.endswith("Field") and not (name or "").startswith(_NOT_MODEL_FIELDS):
            return "column"  # a custom field class of the project
        return None

    # -- one model -----------------------------------------------------------------------------

    def model(self, klass: ast.ClassDef) -> ModelFacts | None:
        bases = tuple(self._qualified(b) or ast.unparse(b) for b in klass.bases)
        framework = self._framework(klass, bases)
        if framework is None:
            return None
        self.local_models[klass.name] = framework
        qualname = f"{self.semantic.module}.{klass.name}"
        members = tuple(
            (s.name, s.lineno)
            for s in klass.body
            if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef)
        )
        if framework == "django":
            return self._django(klass, qualname, bases, members)
        return self._sqlalchemy(klass, qualname, bases, members)

    def _django(
        self,
        klass: ast.ClassDef,
        qualname: str,
        bases: tuple[str, ...],
        members: tuple[tuple[str, int], ...],
    ) -> ModelFacts:
        fields: list[FieldFacts] = []
        managers: list[tuple[str, str | None]] = []
        meta = next(
            (s for s in klass.body if isinstance(s, ast.ClassDef) and s.name == "Meta"), None
        )
        for stmt in klass.body:
            value = _assigned_value(stmt)
            if not isinstance(stmt, ast.Assign | ast.AnnAssign) or not isinstance(value, ast.Call):
                continue
            for name in _target_names(stmt):
                kind = self._django_field_kind(value, custom=True)
                if kind is not None:
                    fields.append(self._django_field(name, kind, value))
                    continue
                manager = self._manager(value)
                if manager is not None:
                    managers.append((name, manager or None))
        options = _meta_options(meta)
        app_label = _str(options.get("app_label")) or app_label_of(self.semantic.module)
        indexes = self._django_indexes(fields, options)
        return ModelFacts(
            qualname=qualname,
            framework="django",
            app_label=app_label,
            path=self.path,
            line=klass.lineno,
            bases=bases,
            abstract=_bool(options.get("abstract")) is True,
            fields=tuple(fields),
            indexes=indexes,
            managers=tuple(managers),
            members=members,
            table=_str(options.get("db_table")),
            proxy=_bool(options.get("proxy")) is True,
        )

    def _django_field(self, name: str, kind: FieldKind, call: ast.Call) -> FieldFacts:
        kw = _keywords(call)
        qualified = self._qualified(call.func) or ""
        target: str | None = None
        if kind in ("foreign_key", "one_to_one", "many_to_many"):
            target_expr = call.args[0] if call.args else kw.get("to")
            target = self._django_target(target_expr) if target_expr is not None else None
        primary_key = _bool(kw.get("primary_key")) is True
        unique = _bool(kw.get("unique")) is True or kind == "one_to_one"
        db_index = _bool(kw.get("db_index"))
        column = _str(kw.get("db_column"))
        if column is None and kind in ("foreign_key", "one_to_one"):
            column = f"{name}_id"
        elif column is None and kind == "column":
            column = name
        related_name = _str(kw.get("related_name"))
        if qualified in api.DJANGO_NO_REVERSE:
            related_name = "+"
        return FieldFacts(
            name=name,
            kind=kind,
            target=target,
            related_name=related_name,
            column=column,
            indexed=bool(db_index)
            or unique
            or primary_key
            or (qualified in api.DJANGO_INDEXED_BY_DEFAULT and db_index is not False),
            unique=unique,
            primary_key=primary_key,
            many=kind == "many_to_many",
            lazy=None,
            line=call.lineno,
            related_query_name=_str(kw.get("related_query_name")),
            no_index=db_index is False,
            secondary=self._django_target(kw["through"]) if "through" in kw else None,
            field_type=qualified.rpartition(".")[2] or _tail(call.func) or None,
        )

    def _django_target(self, expr: ast.expr) -> str | None:
        text = _str(expr)
        if text is not None:
            return text
        if isinstance(expr, ast.Call):
            name = self._qualified(expr.func)
            if name in api.DJANGO_USER_MODEL_REFERENCES:
                return name
            return None
        return self._qualified(expr)

    def _manager(self, call: ast.Call) -> str | None:
        """The manager class a `name = Manager()` assignment installs ("" when unknown)."""
        func = call.func
        if isinstance(func, ast.Call):  # Manager.from_queryset(QS)()
            return self._manager(func)
        if isinstance(func, ast.Attribute) and func.attr in ("as_manager", "from_queryset"):
            owner = self._qualified(func.value)
            return owner or ""
        name = self._qualified(func)
        tail = name.rpartition(".")[2] if name else _tail(func)
        if (name is not None and name in api.DJANGO_MANAGER_BASES) or tail.endswith("Manager"):
            return name or ""
        return None

    def _django_indexes(
        self, fields: list[FieldFacts], options: dict[str, ast.expr]
    ) -> tuple[tuple[str, ...], ...]:
        found: list[tuple[str, ...]] = []
        for f in fields:
            if (
                f.primary_key
                or f.indexed
                or (f.kind in ("foreign_key", "one_to_one") and not f.no_index)
            ):
                found.append((f.name,))
        for entry in _list_items(options.get("indexes")) + _list_items(options.get("constraints")):
            if not isinstance(entry, ast.Call):
                continue
            name = self._qualified(entry.func) or _tail(entry.func)
            names = _strings(_keywords(entry).get("fields"))
            is_index = name in api.DJANGO_INDEX_CLASSES or name.endswith("Index")
            if names and (is_index or name in api.DJANGO_UNIQUE_CONSTRAINTS):
                found.append(tuple(_field_name(n) for n in names))
        for key in ("unique_together", "index_together"):
            value = options.get(key)
            groups = _list_items(value)
            if groups and all(_str(g) is not None for g in groups):
                found.append(_strings(value))
            else:
                found.extend(_strings(g) for g in groups if _strings(g))
        return tuple(found)

    # -- SQLAlchemy ----------------------------------------------------------------------------

    def _sqlalchemy(
        self,
        klass: ast.ClassDef,
        qualname: str,
        bases: tuple[str, ...],
        members: tuple[tuple[str, int], ...],
    ) -> ModelFacts:
        fields: list[FieldFacts] = []
        table: str | None = None
        table_args: ast.expr | None = None
        abstract = False
        for stmt in klass.body:
            if isinstance(stmt, ast.FunctionDef) and _is_declared_attr(stmt):
                value = _declared_value(stmt)
                line = value.lineno if value is not None else stmt.lineno
                built = self._sqla_field(stmt.name, value, stmt.returns, line)
                if built is not None and not stmt.name.startswith("__"):
                    fields.append(built)
                continue
            if not isinstance(stmt, ast.Assign | ast.AnnAssign):
                continue
            names = _target_names(stmt)
            value = stmt.value
            annotation = stmt.annotation if isinstance(stmt, ast.AnnAssign) else None
            if names == ["__tablename__"]:
                table = _str(value)
                continue
            if names == ["__table_args__"]:
                table_args = value
                continue
            if names == ["__abstract__"]:
                abstract = _bool(value) is True
                continue
            for name in names:
                built = self._sqla_field(name, value, annotation, stmt.lineno)
                if built is not None:
                    fields.append(built)
        has_columns = any(f.kind == "column" for f in fields)
        if table is None and not abstract and has_columns:
            table = snake_case(klass.name)
        if (
            table is None
            and not has_columns
            and any(b in api.SQLALCHEMY_MODEL_BASES for b in bases)
        ):
            abstract = True  # the declarative base itself (single-table subclasses are not)
        if all(b in ("builtins.object", "object") for b in bases) and not any(
            isinstance(s, ast.Assign) and _target_names(s) == ["__tablename__"] for s in klass.body
        ):
            abstract, table = True, None  # a mixin: its columns land on the classes using it
        indexes: list[tuple[str, ...]] = []
        pk = tuple(f.name for f in fields if f.primary_key)
        if pk:
            indexes.append(pk)
        fields = _composite_key(fields, pk)
        indexes.extend((f.name,) for f in fields if (f.indexed or f.unique) and not f.primary_key)
        for entry in _list_items(table_args):
            if isinstance(entry, ast.Call):
                indexes.extend(self._sqla_index(entry, fields))
        return ModelFacts(
            qualname=qualname,
            framework="sqlalchemy",
            app_label=None,
            path=self.path,
            line=klass.lineno,
            bases=bases,
            abstract=abstract,
            fields=tuple(fields),
            indexes=tuple(i for i in indexes if i),
            managers=(),
            members=members,
            table=table,
        )

    def _sqla_field(
        self, name: str, value: ast.expr | None, annotation: ast.expr | None, line: int
    ) -> FieldFacts | None:
        if isinstance(value, ast.Call):
            kind = self._sqla_kind(value.func)
            if kind == "column":
                column = self._sqla_column(name, value, line)
                if column.field_type is None and annotation is not None:
                    column = replace(column, field_type=_mapped_scalar(annotation))
                return column
            if kind == "relationship":
                return self._sqla_relationship(name, value, annotation, line)
            if kind == "column_property":
                return _column(name, None, line)
            return None
        if value is None and annotation is not None and self._is_mapped(annotation):
            return replace(_column(name, name, line), field_type=_mapped_scalar(annotation))
        return None

    def _sqla_column(self, name: str, call: ast.Call, line: int) -> FieldFacts:
        kw = _keywords(call)
        column = name
        foreign_key: str | None = None
        field_type: str | None = None
        for arg in call.args:
            text = _str(arg)
            if text is not None and column == name:
                column = text
            elif isinstance(arg, ast.Call) and self._sqla_kind(arg.func) == "foreign_key":
                foreign_key = self._foreign_key_target(arg)
            elif field_type is None and isinstance(arg, ast.Name | ast.Attribute | ast.Call):
                type_expr = arg.func if isinstance(arg, ast.Call) else arg
                field_type = _tail(type_expr) or None
        primary_key = _bool(kw.get("primary_key")) is True
        unique = _bool(kw.get("unique")) is True
        return FieldFacts(
            name=name,
            kind="column",
            target=None,
            related_name=None,
            column=_str(kw.get("name")) or column,
            indexed=_bool(kw.get("index")) is True or unique or primary_key,
            unique=unique,
            primary_key=primary_key,
            many=False,
            lazy=None,
            line=line,
            foreign_key=foreign_key,
            field_type=field_type,
        )

    def _foreign_key_target(self, call: ast.Call) -> str:
        if not call.args:
            return "?"
        target = call.args[0]
        text = _str(target)
        if text is not None:
            return text
        return ast.unparse(target)  # Model.id / table.c.id

    def _sqla_relationship(
        self, name: str, call: ast.Call, annotation: ast.expr | None, line: int
    ) -> FieldFacts:
        kw = _keywords(call)
        target_expr = call.args[0] if call.args else kw.get("argument")
        target = self._sqla_target(target_expr) if target_expr is not None else None
        many: bool | None = _bool(kw.get("uselist"))
        if annotation is not None:
            annotated_target, annotated_many = self._mapped_target(annotation)
            target = target or annotated_target
            if many is None:
                many = annotated_many
        secondary = kw.get("secondary")
        if many is None and secondary is not None:
            many = True
        lazy = _str(kw.get("lazy")) or api.SQLALCHEMY_DEFAULT_LAZY
        related = _str(kw.get("back_populates"))
        backref = kw.get("backref")
        backref_name = _str(backref)
        if isinstance(backref, ast.Call) and self._sqla_kind(backref.func) == "backref":
            backref_name = _str(backref.args[0]) if backref.args else None
        return FieldFacts(
            name=name,
            kind="relationship",
            target=target,
            related_name=related or backref_name,
            column=None,
            indexed=False,
            unique=False,
            primary_key=False,
            many=bool(many),
            lazy=lazy,
            line=line,
            secondary=ast.unparse(secondary) if secondary is not None else None,
            many_inferred=many is None,
            backref=backref_name is not None and related is None,
            backref_lazy=_backref_lazy(backref),
        )

    def _sqla_target(self, expr: ast.expr) -> str | None:
        text = _str(expr)
        if text is not None:
            return text
        if isinstance(expr, ast.Lambda):
            return self._sqla_target(expr.body)
        return self._qualified(expr) or (expr.id if isinstance(expr, ast.Name) else None)

    def _mapped_target(self, annotation: ast.expr) -> tuple[str | None, bool | None]:
        """Mapped[list["Address"]] → ("Address", True); Mapped["User"] → ("User", False)."""
        if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
            try:
                annotation = ast.parse(annotation.value, mode="eval").body
            except SyntaxError:
                return None, None
        if not isinstance(annotation, ast.Subscript):
            return None, None
        inner = annotation.slice
        collection_names = api.SQLALCHEMY_COLLECTION_TYPES
        head = annotation.value
        if ast.unparse(head).rpartition(".")[2] in ("WriteOnlyMapped", "DynamicMapped"):
            return self._type_name(inner), True
        if isinstance(inner, ast.Subscript):
            name = self._qualified(inner.value) or ast.unparse(inner.value)
            if name in collection_names or name.rpartition(".")[2] in collection_names:
                return self._type_name(inner.slice), True
            if name.rpartition(".")[2] == "Optional":
                return self._type_name(inner.slice), False
        if isinstance(inner, ast.BinOp):  # "User" | None
            left = inner.left if not _is_none(inner.left) else inner.right
            return self._type_name(left), False
        return self._type_name(inner), False

    def _type_name(self, expr: ast.expr) -> str | None:
        text = _str(expr)
        if text is not None:
            return text.strip("'\"")
        return self._qualified(expr) or (expr.id if isinstance(expr, ast.Name) else None)

    def _sqla_index(self, call: ast.Call, fields: list[FieldFacts]) -> Iterator[tuple[str, ...]]:
        kind = self._sqla_kind(call.func)
        if kind not in ("index", "unique", "primary_key_constraint"):
            return
        args = call.args[1:] if kind == "index" else call.args
        by_column = {f.column: f.name for f in fields if f.column}
        names: list[str] = []
        for arg in args:
            text = _str(arg)
            if text is not None:
                names.append(by_column.get(text, text))
            elif isinstance(arg, ast.Attribute):
                names.append(by_column.get(arg.attr, arg.attr))
            elif isinstance(arg, ast.Name):  # a column object of the class body
                names.append(arg.id)
            else:
                return  # a functional index (func.lower(...)) covers no plain column
        if names:
            yield tuple(names)

    # -- whole file ----------------------------------------------------------------------------

    def tables(self, tree: ast.Module) -> Iterator[ModelFacts]:
        """Module-level `name = Table("t", metadata, Column(...), ...)`: association tables."""
        for stmt in tree.body:
            if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
                continue
            target, call = stmt.targets[0], stmt.value
            if not isinstance(target, ast.Name) or not isinstance(call, ast.Call):
                continue
            if self._sqla_kind(call.func) != "table" or not call.args:
                continue
            table = _str(call.args[0])
            fields = [
                self._sqla_column(_str(a.args[0]) or "?", a, a.lineno)
                for a in call.args[1:]
                if isinstance(a, ast.Call) and self._sqla_kind(a.func) == "column" and a.args
            ]
            pk = tuple(f.name for f in fields if f.primary_key)
            fields = _composite_key(fields, pk)
            indexes: list[tuple[str, ...]] = [(f.name,) for f in fields if f.indexed]
            if pk:
                indexes.append(pk)
            for arg in call.args[1:]:
                if isinstance(arg, ast.Call):
                    indexes.extend(self._sqla_index(arg, fields))
            yield ModelFacts(
                qualname=f"{self.semantic.module}.{target.id}",
                framework="sqlalchemy",
                app_label=None,
                path=self.path,
                line=stmt.lineno,
                bases=(),
                abstract=False,
                fields=tuple(fields),
                indexes=tuple(indexes),
                managers=(),
                members=(),
                table=table,
                is_table=True,
            )

    def finish(self, found: list[ModelFacts], tree: ast.Module) -> tuple[ModelFacts, ...]:
        """Add module-level `Index("ix", Model.col, ...)` statements to their models."""
        by_name = {m.name: m for m in found if m.framework == "sqlalchemy"}
        if not by_name:
            return tuple(found)
        extra: dict[str, list[tuple[str, ...]]] = {}
        for stmt in tree.body:
            call = stmt.value if isinstance(stmt, ast.Expr | ast.Assign) else None
            if not isinstance(call, ast.Call) or self._sqla_kind(call.func) not in (
                "index",
                "unique",
            ):
                continue
            owners = {_owner_class(arg) for arg in call.args if isinstance(arg, ast.Attribute)} - {
                None
            }
            if len(owners) == 1:
                owner = owners.pop()
                model = by_name.get(owner or "")
                if model is not None:
                    extra.setdefault(model.name, []).extend(
                        self._sqla_index(call, list(model.fields))
                    )
        if not extra:
            return tuple(found)
        return tuple(
            replace(m, indexes=m.indexes + tuple(extra[m.name])) if m.name in extra else m
            for m in found
        )


def _composite_key(fields: list[FieldFacts], pk: tuple[str, ...]) -> list[FieldFacts]:
    """A composite primary key indexes its leading column only."""
    if len(pk) < 2:
        return fields
    return [replace(f, indexed=f.unique or f.name == pk[0]) if f.primary_key else f for f in fields]


def _owner_class(expr: ast.Attribute) -> str | None:
    """`Order.created` → "Order"; `Order.__table__.c.created` → "Order"."""
    current: ast.expr = expr.value
    while isinstance(current, ast.Attribute):
        current = current.value
    return current.id if isinstance(current, ast.Name) else None


def _mapped_scalar(annotation: ast.expr) -> str | None:
    """Mapped[bool] → "bool"; Mapped[Optional[int]] → "int"."""
    if not isinstance(annotation, ast.Subscript):
        return None
    inner = annotation.slice
    if isinstance(inner, ast.Subscript) and _tail(inner.value) == "Optional":
        inner = inner.slice
    if isinstance(inner, ast.BinOp):
        inner = inner.left if not _is_none(inner.left) else inner.right
    return _tail(inner) or None


def _backref_lazy(backref: ast.expr | None) -> str | None:
    if isinstance(backref, ast.Call):
        return _str(_keywords(backref).get("lazy"))
    return None


def _is_none(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Constant) and expr.value is None


def _column(name: str, column: str | None, line: int) -> FieldFacts:
    return FieldFacts(
        name=name,
        kind="column",
        target=None,
        related_name=None,
        column=column,
        indexed=False,
        unique=False,
        primary_key=False,
        many=False,
        lazy=None,
        line=line,
    )


def _tail(expr: ast.expr) -> str:
    if isinstance(expr, ast.Attribute):
        return expr.attr
    if isinstance(expr, ast.Name):
        return expr.id
    return ""


def _list_items(expr: ast.expr | None) -> list[ast.expr]:
    if isinstance(expr, ast.List | ast.Tuple | ast.Set):
        return list(expr.elts)
    return []


def _meta_options(meta: ast.ClassDef | None) -> dict[str, ast.expr]:
    options: dict[str, ast.expr] = {}
    if meta is None:
        return options
    for stmt in meta.body:
        if isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None:
            for name in _target_names(stmt):
                options[name] = stmt.value
    return options


def _is_model_meta(meta: ast.ClassDef) -> bool:
    """A model's `Meta` (not a form's or a serializer's, which name a `model`)."""
    options = _meta_options(meta)
    return "model" not in options and "fields" not in options and "exclude" not in options
