"""Per-file facts about ORM models: picklable, so project rules can join them across files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FieldKind = Literal[
    "column", "foreign_key", "one_to_one", "many_to_many", "generic_foreign_key", "relationship"
]
Framework = Literal["django", "sqlalchemy"]


@dataclass(frozen=True)
class FieldFacts:
    """One field (Django) or mapped attribute (SQLAlchemy) declared on a model class."""

    name: str  # attribute name on the model ("author")
    kind: FieldKind
    # related model as resolved in the file: a qualified name ("catalog.models.Author"), an
    # "app_label.Model" string, a bare "Model" string, or "self"
    target: str | None
    # Django related_name (None = default "<model>_set"; "+" = none); SQLAlchemy back_populates /
    # backref
    related_name: str | None
    column: str | None  # DB column name: Django FK "author_id", SQLAlchemy Column name
    indexed: bool  # explicitly indexed: db_index/index=True, unique, primary_key
    unique: bool
    primary_key: bool
    many: bool  # relationship is a collection (SQLAlchemy uselist / list Mapped)
    lazy: str | None  # SQLAlchemy relationship lazy=... ("select" default); Django None
    line: int
    # SQLAlchemy: the column carries a ForeignKey("table.col") (kind "column" or "foreign_key")
    foreign_key: str | None = None
    # Django: related_query_name (lookups through the reverse relation), None = default
    related_query_name: str | None = None
    # Django: db_index=False given explicitly on a ForeignKey (no automatic index)
    no_index: bool = False
    # SQLAlchemy relationship(secondary=...) / Django through=...
    secondary: str | None = None
    # SQLAlchemy: `many` was guessed (no uselist=, no Mapped[...] annotation); OrmIndex refines it
    # from the ForeignKey direction
    many_inferred: bool = False
    # SQLAlchemy: related_name comes from backref= (the reverse attribute is created on the
    # target), not back_populates= (the target declares it)
    backref: bool = False
    backref_lazy: str | None = None  # backref("name", lazy="...")
    # the field's type as written, last name only: "CharField", "BooleanField", "Integer",
    # "bool" (Mapped[bool]); None when unknown
    field_type: str | None = None


@dataclass(frozen=True)
class ModelFacts:
    """One model class: its fields, indexes, managers and members."""

    qualname: str  # "catalog.models.Product" (module of the file + class name)
    framework: Framework
    app_label: str | None  # Django: Meta.app_label or the package of models.py ("catalog")
    path: str  # display path of the file
    line: int
    bases: tuple[str, ...]  # qualified names of the bases
    abstract: bool
    fields: tuple[FieldFacts, ...]
    # every index/unique/PK column list, in order: Meta.indexes, unique_together, index_together,
    # UniqueConstraint, SQLAlchemy Index(...)/__table_args__/UniqueConstraint
    indexes: tuple[tuple[str, ...], ...]
    managers: tuple[tuple[str, str | None], ...]  # ("objects", "app.managers.PublishedManager")
    members: tuple[tuple[str, int], ...]  # methods/properties defined on the class: (name, line)
    table: str | None = None  # SQLAlchemy __tablename__ / Django Meta.db_table when literal
    proxy: bool = False  # Django Meta.proxy
    is_table: bool = False  # SQLAlchemy `name = Table(...)` (an association table, no class)

    @property
    def name(self) -> str:
        return self.qualname.rpartition(".")[2]

    def field(self, name: str) -> FieldFacts | None:
        """The field declared on this class itself (not inherited)."""
        for found in self.fields:
            if found.name == name:
                return found
        return None
