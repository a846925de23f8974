"""The project's model graph: every model, its fields (inherited too), its relations in both
directions and its indexes, built once in a project rule's `finish` from every file's ModelFacts.

Targets are resolved here: qualified names (through re-exports), "app_label.Model" and bare
"Model" strings (Django), class-name strings (SQLAlchemy's registry), "self", and
`settings.AUTH_USER_MODEL` / `get_user_model()` (the project's concrete subclass of
`AbstractUser` / `AbstractBaseUser` when there is exactly one, else `auth.User`).

Unknown things answer "don't know" (None), and `is_indexed` answers True for fields it cannot
see, so rules built on the index stay quiet rather than guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from scrutiny.frameworks import orm_apis as api
from scrutiny.orm.schema import FieldFacts, FieldKind, ModelFacts
from scrutiny.semantic.project import ProjectIndex

_MAX_DEPTH = 16


@dataclass(frozen=True)
class Relation:
    model: str  # qualname of the model the accessor is on
    name: str  # accessor ("author", "book_set", "lines")
    target: str  # qualname of the related model
    # reverse FK / M2M / SQLAlchemy collection: needs a prefetch (prefetch_related / selectinload);
    # False: a join (select_related / joinedload)
    many: bool
    reverse: bool
    kind: FieldKind
    lazy: str | None  # SQLAlchemy loading strategy; None for Django
    defined_at: tuple[str, int]  # (path, line) of the field that declares it
    field: str = ""  # the declaring field's name (on `target` when reverse)
    query_name: str = ""  # Django: the name used in lookups ("book" for the accessor "book_set")


class OrmIndex:
    """Models, relations and indexes of the whole project (see the module docstring)."""

    def __init__(self, project: ProjectIndex, models: dict[str, ModelFacts]) -> None:
        self._project = project
        self._models = models
        self._by_label: dict[tuple[str, str], str] = {}
        self._by_name: dict[str, list[str]] = {}
        self._by_table: dict[str, str] = {}
        self._targets: dict[tuple[str, str], str | None] = {}  # (model, field) -> target
        self._relations: dict[str, dict[str, Relation]] = {}
        self._query_names: dict[str, dict[str, Relation]] = {}
        self._user_model = api.DJANGO_DEFAULT_USER_MODEL

    @classmethod
    def build(cls, project: ProjectIndex, models: Iterable[ModelFacts]) -> OrmIndex:
        table: dict[str, ModelFacts] = {}
        for facts in models:
            table.setdefault(facts.qualname, facts)
        index = cls(project, {})
        index._models = {q: m for q, m in table.items() if index._is_model(m, table, 0)}
        index._name_tables()
        index._user_model = index._find_user_model()
        index._link()
        return index

    # -- building -----------------------------------------------------------------------------

    def _is_model(self, facts: ModelFacts, table: dict[str, ModelFacts], depth: int) -> bool:
        """Declared fields, a known ORM base, or a base that is itself a model of the project."""
        if facts.fields or depth > _MAX_DEPTH:
            return True
        for base in facts.bases:
            if base in api.DJANGO_MODEL_BASES or base in api.SQLALCHEMY_MODEL_BASES:
                return True
            if "." not in base or base.endswith(".Model"):  # `Base` / `db.Model` (SQLAlchemy)
                return facts.framework == "sqlalchemy"
            parent = table.get(self._project.resolve(base))
            if parent is not None and self._is_model(parent, table, depth + 1):
                return True
        return False

    def _name_tables(self) -> None:
        for qualname, facts in self._models.items():
            self._by_name.setdefault(facts.name, []).append(qualname)
            if facts.app_label:
                self._by_label.setdefault((facts.app_label.lower(), facts.name.lower()), qualname)
            if facts.table:
                self._by_table.setdefault(facts.table, qualname)

    def _find_user_model(self) -> str:
        candidates = [
            q
            for q, m in self._models.items()
            if m.framework == "django" and not m.abstract and self._derives_from_user(q, 0)
        ]
        return candidates[0] if len(candidates) == 1 else api.DJANGO_DEFAULT_USER_MODEL

    def _derives_from_user(self, qualname: str, depth: int) -> bool:
        facts = self._models.get(qualname)
        if facts is None or depth > _MAX_DEPTH:
            return False
        for base in facts.bases:
            if base in api.DJANGO_USER_BASES:
                return True
            if self._derives_from_user(self._project.resolve(base), depth + 1):
                return True
        return False

    def _link(self) -> None:
        for qualname, facts in self._models.items():
            if facts.abstract:
                continue
            for field in self._declared_fields(qualname):
                target = self._resolve_target(qualname, field)
                self._targets[(qualname, field.name)] = target
                if target is None:
                    continue
                self._add_forward(qualname, field, target)
                self._add_reverse(qualname, field, target)
            self._add_parent_links(qualname, facts)

    def _declared_fields(self, qualname: str) -> list[FieldFacts]:
        """Fields that live in `qualname`'s table: its own and its abstract bases' (a concrete
        parent's fields stay on the parent's table, with the parent's accessors)."""
        found: list[FieldFacts] = []
        seen: set[str] = set()
        stack = [qualname]
        while stack and len(seen) <= _MAX_DEPTH * 4:
            current = stack.pop()
            facts = self._models.get(current)
            if facts is None or current in seen or (current != qualname and not facts.abstract):
                continue
            seen.add(current)
            found.extend(f for f in facts.fields if f.name not in {g.name for g in found})
            stack.extend(self._project.resolve(b) for b in reversed(facts.bases))
        return found

    def _add(self, relation: Relation) -> None:
        accessors = self._relations.setdefault(relation.model, {})
        accessors.setdefault(relation.name, relation)
        if relation.query_name:
            self._query_names.setdefault(relation.model, {}).setdefault(
                relation.query_name, relation
            )

    def _add_forward(self, qualname: str, field: FieldFacts, target: str) -> None:
        facts = self._models[qualname]
        if field.kind == "column" or field.kind == "generic_foreign_key":
            return
        many = field.many
        if facts.framework == "sqlalchemy" and field.many_inferred:
            many = self._sqla_many(qualname, field, target)
        self._add(
            Relation(
                model=qualname,
                name=field.name,
                target=target,
                many=many,
                reverse=False,
                kind=field.kind,
                lazy=field.lazy,
                defined_at=self._defined_at(qualname, field),
                field=field.name,
                query_name=field.name,
            )
        )

    def _add_reverse(self, qualname: str, field: FieldFacts, target: str) -> None:
        facts = self._models[qualname]
        if facts.framework == "sqlalchemy":
            if field.backref and field.related_name:
                forward_many = self.relation(qualname, field.name)
                many = not forward_many.many if forward_many is not None else True
                if field.secondary:
                    many = True
                self._add(
                    Relation(
                        model=target,
                        name=field.related_name,
                        target=qualname,
                        many=many,
                        reverse=True,
                        kind="relationship",
                        lazy=field.backref_lazy or api.SQLALCHEMY_DEFAULT_LAZY,
                        defined_at=self._defined_at(qualname, field),
                        field=field.name,
                    )
                )
            return
        if field.kind not in ("foreign_key", "one_to_one", "many_to_many"):
            return
        related = _expand(field.related_name, facts)
        if related is not None and related.endswith("+"):
            return
        lower = facts.name.lower()
        default = lower if field.kind == "one_to_one" else f"{lower}_set"
        query = _expand(field.related_query_name, facts) or related or lower
        self._add(
            Relation(
                model=target,
                name=related or default,
                target=qualname,
                many=field.kind != "one_to_one",
                reverse=True,
                kind=field.kind,
                lazy=None,
                defined_at=self._defined_at(qualname, field),
                field=field.name,
                query_name=query,
            )
        )

    def _add_parent_links(self, qualname: str, facts: ModelFacts) -> None:
        """Django multi-table inheritance: `child.<parent>_ptr` and `parent.<child>`."""
        if facts.framework != "django" or facts.proxy:
            return
        for base in facts.bases:
            parent = self._models.get(self._project.resolve(base))
            if parent is None or parent.abstract:
                continue
            ptr = f"{parent.name.lower()}_ptr"
            self._add(
                Relation(
                    qualname,
                    ptr,
                    parent.qualname,
                    False,
                    False,
                    "one_to_one",
                    None,
                    (facts.path, facts.line),
                    ptr,
                    ptr,
                )
            )
            lower = facts.name.lower()
            self._add(
                Relation(
                    parent.qualname,
                    lower,
                    qualname,
                    False,
                    True,
                    "one_to_one",
                    None,
                    (facts.path, facts.line),
                    ptr,
                    lower,
                )
            )

    def _sqla_many(self, qualname: str, field: FieldFacts, target: str) -> bool:
        """A relationship without uselist= or annotation: many-to-one when this model holds the
        ForeignKey to the target's table, a collection when the target holds it."""
        if field.secondary:
            return True
        target_facts = self._models.get(target)
        own = self._models[qualname]
        target_table = target_facts.table if target_facts is not None else None
        if target_table and any(_references(f, target_table) for f in self.fields(qualname)):
            return False
        if own.table and any(_references(f, own.table) for f in self.fields(target)):
            return True
        return field.many

    def _defined_at(self, qualname: str, field: FieldFacts) -> tuple[str, int]:
        owner = self._declaring_model(qualname, field.name, 0) or self._models[qualname]
        return (owner.path, field.line)

    def _declaring_model(self, qualname: str, name: str, depth: int) -> ModelFacts | None:
        facts = self._models.get(qualname)
        if facts is None or depth > _MAX_DEPTH:
            return None
        if facts.field(name) is not None:
            return facts
        for base in facts.bases:
            found = self._declaring_model(self._project.resolve(base), name, depth + 1)
            if found is not None:
                return found
        return None

    def _resolve_target(self, qualname: str, field: FieldFacts) -> str | None:
        target = field.target
        if target is None:
            return None
        facts = self._models[qualname]
        if target == "self":
            return qualname
        if target in api.DJANGO_USER_MODEL_REFERENCES:
            return self._user_model
        resolved = self.resolve_model(target)
        if resolved is not None:
            return resolved
        if "." in target and target.count(".") == 1:  # "app_label.Model"
            label, _, name = target.partition(".")
            found = self._by_label.get((label.lower(), name.lower()))
            if found is not None:
                return found
            contrib = api.DJANGO_CONTRIB_MODELS.get(target)
            if contrib is not None:
                return contrib[0]
        name = target.rpartition(".")[2]
        candidates = [
            q for q in self._by_name.get(name, []) if self._models[q].framework == facts.framework
        ]
        same_app = [q for q in candidates if self._models[q].app_label == facts.app_label]
        for group in (same_app, candidates):
            if len(group) == 1:
                return group[0]
        same_module = [q for q in candidates if q.rpartition(".")[0] == qualname.rpartition(".")[0]]
        return same_module[0] if len(same_module) == 1 else None

    # -- queries ------------------------------------------------------------------------------

    def models(self) -> Iterator[ModelFacts]:
        yield from self._models.values()

    @property
    def user_model(self) -> str:
        """The qualname `settings.AUTH_USER_MODEL` stands for in this project."""
        return self._user_model

    def resolve_model(self, qualname: str) -> str | None:
        """A class qualname (also through re-exports and subclasses of project models) → the
        model's qualname, or None when it is not a model of the project."""
        if qualname in self._models:
            return qualname
        resolved = self._project.resolve(qualname)
        if resolved in self._models:
            return resolved
        if resolved in self._relations:  # an external model with relations from the project
            return resolved
        return self._model_base(resolved, 0) or self._by_suffix(resolved)

    def _by_suffix(self, qualname: str) -> str | None:
        """`django.contrib.auth.models.User` when the run's root is `contrib/` and the model is
        known as `auth.models.User`: the one model whose qualname ends the imported name."""
        name = qualname.rpartition(".")[2]
        found = [q for q in self._by_name.get(name, ()) if qualname.endswith(f".{q}")]
        if len(found) == 1:
            return found[0]
        if not self._by_name.get(name):
            return None
        parts = qualname.split(".")
        for start in range(1, len(parts) - 1):  # `wagtail.models.Locale`, re-exported
            resolved = self._project.resolve(".".join(parts[start:]))
            if resolved in self._models:
                return resolved
        return None

    def _model_base(self, qualname: str, depth: int) -> str | None:
        klass = self._project.classes.get(qualname)
        if klass is None or depth > _MAX_DEPTH:
            return None
        for base in klass.bases:
            resolved = self._project.resolve(base)
            if resolved in self._models:
                return resolved
            found = self._model_base(resolved, depth + 1)
            if found is not None:
                return found
        return None

    def model(self, qualname: str) -> ModelFacts | None:
        return self._models.get(qualname)

    def fields(self, model: str) -> list[FieldFacts]:
        """Every field of `model`: its own first, then those of its bases (nearest first)."""
        seen: set[str] = set()
        found: list[FieldFacts] = []
        for facts in self._lineage(model):
            for field in facts.fields:
                if field.name not in seen:
                    seen.add(field.name)
                    found.append(field)
        return found

    def _lineage(self, model: str) -> Iterator[ModelFacts]:
        """The model and its project model bases, depth first, each once."""
        stack = [model]
        seen: set[str] = set()
        while stack and len(seen) <= _MAX_DEPTH * 4:
            current = stack.pop()
            facts = self._models.get(current)
            if facts is None or current in seen:
                continue
            seen.add(current)
            yield facts
            stack.extend(self._project.resolve(b) for b in reversed(facts.bases))

    def field(self, model: str, name: str) -> FieldFacts | None:
        """The field `name` of `model`, including fields inherited from (abstract) bases."""
        for facts in self._lineage(model):
            found = facts.field(name)
            if found is not None:
                return found
        return None

    def field_by_column(self, model: str, column: str) -> FieldFacts | None:
        """`author_id` → the ForeignKey field `author` (Django attname / SQLAlchemy column)."""
        for field in self.fields(model):
            if field.column == column:
                return field
        return None

    def target(self, model: str, field: str) -> str | None:
        """The resolved related model of a relation field of `model`."""
        if (model, field) in self._targets:
            return self._targets[(model, field)]
        found = self.field(model, field)
        if found is None or model not in self._models:
            return None
        return self._resolve_target(model, found)

    def relation(self, model: str, name: str) -> Relation | None:
        """The forward or reverse accessor `name` on instances of `model`."""
        for facts in self._lineage(model):
            found = self._relations.get(facts.qualname, {}).get(name)
            if found is not None:
                return found
        if model not in self._models:
            return self._relations.get(model, {}).get(name)
        return None

    def relations(self, model: str) -> dict[str, Relation]:
        """Every accessor of `model` (inherited from concrete parents too) by name."""
        found: dict[str, Relation] = {}
        lineage = [f.qualname for f in self._lineage(model)] or [model]
        for qualname in lineage:
            for name, relation in self._relations.get(qualname, {}).items():
                found.setdefault(name, relation)
        return found

    def _query_relation(self, model: str, name: str) -> Relation | None:
        """A relation by the name lookups use (`filter(book__title=...)`)."""
        for facts in self._lineage(model):
            found = self._query_names.get(facts.qualname, {}).get(name)
            if found is not None:
                return found
        if model not in self._models:
            return self._query_names.get(model, {}).get(name)
        return None

    def indexes(self, model: str) -> list[tuple[str, ...]]:
        """Every index of `model` (inherited ones too), as field names."""
        found: list[tuple[str, ...]] = []
        for facts in self._lineage(model):
            for index in facts.indexes:
                found.append(tuple(self._field_name(model, n) for n in index))
        return found

    def _field_name(self, model: str, name: str) -> str:
        if self.field(model, name) is not None:
            return name
        by_column = self.field_by_column(model, name)
        return by_column.name if by_column is not None else name

    def is_indexed(self, model: str, field: str) -> bool:
        """A field is indexed when it leads an index, is a PK or unique, or is a Django ForeignKey
        (auto-indexed unless db_index=False). Unknown models and fields count as indexed."""
        if field in api.PRIMARY_KEY_NAMES:
            found = self.field(model, field)
            return found is None or found.primary_key or found.indexed
        facts = self._models.get(model)
        found = self.field(model, field) or self.field_by_column(model, field)
        if facts is None or found is None:
            return True
        if found.indexed or (found.primary_key and facts.framework == "django"):
            return True
        if facts.framework == "django" and found.kind in ("foreign_key", "one_to_one"):
            if not found.no_index:
                return True
        elif found.kind in ("many_to_many", "generic_foreign_key", "relationship"):
            return True
        return any(index and index[0] == found.name for index in self.indexes(model))

    def covering_index(self, model: str, fields: Iterable[str]) -> tuple[str, ...] | None:
        """An index usable for a condition on all of `fields` together: one whose leading column
        is one of them (composite prefix rule). None when there is none."""
        names = set()
        for name in fields:
            found = self.field(model, name) or self.field_by_column(model, name)
            names.add(found.name if found is not None else name)
        for name in sorted(names):
            if self.is_indexed(model, name):
                return (name,)
        for index in self.indexes(model):
            if index and index[0] in names:
                return index
        return None

    def lookup(self, model: str, path: str) -> tuple[tuple[Relation, ...], str | None] | None:
        """Walk a Django lookup path: "author__profile__city__iexact" → (relations walked, "city").

        A path ending on a forward ForeignKey / OneToOne (`author`, `author_id`, `author__id`,
        `author__in`) ends on that field: `((), "author")`. A path ending on a reverse or
        many-to-many relation gives `(relations, None)`. None when a segment is unknown.
        """
        parts = path.split("__")
        walked: list[Relation] = []
        current = model
        for position, part in enumerate(parts):
            rest = parts[position + 1 :]
            if part in api.PRIMARY_KEY_NAMES and self.field(current, part) is None:
                return self._end_on_relation(walked, "pk", rest)
            relation = self._query_relation(current, part) or self.relation(current, part)
            if relation is not None and (relation.reverse or relation.kind != "column"):
                if not rest or rest[0] in api.DJANGO_LOOKUPS or rest[0] in api.PRIMARY_KEY_NAMES:
                    if not relation.reverse and not relation.many:
                        return tuple(walked), relation.field or relation.name
                    return (*walked, relation), None
                walked.append(relation)
                current = relation.target
                continue
            found = self.field(current, part) or self.field_by_column(current, part)
            if found is None:
                return None
            return tuple(walked), found.name
        return None

    def _end_on_relation(
        self, walked: list[Relation], name: str, rest: list[str]
    ) -> tuple[tuple[Relation, ...], str | None]:
        """`author__pk` / `author__id`: the ForeignKey column itself, not a join."""
        if walked and not walked[-1].reverse and not walked[-1].many:
            last = walked[-1]
            return tuple(walked[:-1]), last.field or last.name
        return tuple(walked), name

    def member_line(self, model: str, name: str) -> tuple[str, int] | None:
        """Where the method or property `name` of `model` (or of a base model) is defined."""
        for facts in self._lineage(model):
            for member, line in facts.members:
                if member == name:
                    return (facts.path, line)
        return None

    def managers(self, model: str) -> tuple[tuple[str, str | None], ...]:
        """Declared managers (inherited too); Django adds `objects` when a model declares none."""
        found: list[tuple[str, str | None]] = []
        for ancestor in self._lineage(model):
            found.extend(m for m in ancestor.managers if m[0] not in {n for n, _ in found})
        facts = self._models.get(model)
        if not found and facts is not None and facts.framework == "django":
            found.append(("objects", None))
        return tuple(found)

    def table_model(self, table: str) -> str | None:
        """The SQLAlchemy model mapped to `table`."""
        return self._by_table.get(table)


def _expand(name: str | None, facts: ModelFacts) -> str | None:
    """`related_name="%(app_label)s_%(class)s_set"` on an abstract base, for the concrete class."""
    if name is None or "%(" not in name:
        return name
    return name.replace("%(class)s", facts.name.lower()).replace(
        "%(app_label)s", (facts.app_label or "").lower()
    )


def _references(field: FieldFacts, table: str) -> bool:
    target = field.foreign_key
    if not target:
        return False
    head = target.split(".")[0]
    return head == table or target.startswith(f"{table}.")
