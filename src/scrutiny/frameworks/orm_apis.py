"""ORM knowledge as data: Django models, fields, managers and QuerySets; SQLAlchemy declarative
models, columns, relationships, Session / Query / Select and loader options.

`scrutiny.orm` reads these tables; rules never spell out an ORM API themselves. Other helpers add
rows here (say so in the report) rather than in rule logic.
"""

from __future__ import annotations

from typing import Literal

# -- which files can matter --------------------------------------------------------------------

# a file that imports none of these modules and mentions none of the markers cannot define models
# or build querysets (cheap prefilter on the source text and the imports)
ORM_MODULE_PREFIXES: tuple[str, ...] = (
    "django.db",
    "django.contrib",
    "sqlalchemy",
    "flask_sqlalchemy",
    "sqlmodel",
    "modelcluster",
    "taggit",
    "mptt",
    "treebeard",
    "polymorphic",
    "wagtail",
)
ORM_SOURCE_MARKERS: tuple[str, ...] = (
    "models",
    ".objects",
    "sqlalchemy",
    "Column(",
    "mapped_column",
    "relationship(",
    "session",
    "Model",
    "select(",
)

# -- Django models -----------------------------------------------------------------------------

DJANGO_MODEL_BASES: frozenset[str] = frozenset(
    {
        "django.db.models.Model",
        "django.db.models.base.Model",
        "django.contrib.gis.db.models.Model",
        "django.contrib.auth.models.AbstractUser",
        "django.contrib.auth.models.AbstractBaseUser",
        "django.contrib.auth.base_user.AbstractBaseUser",
        "django.contrib.auth.models.PermissionsMixin",
        "django.contrib.auth.models.User",
        "django.contrib.auth.models.Group",
        "django.contrib.auth.models.Permission",
        "django.contrib.sessions.base_session.AbstractBaseSession",
        "django.contrib.contenttypes.models.ContentType",
        "django.contrib.sites.models.Site",
        "mptt.models.MPTTModel",
        "treebeard.mp_tree.MP_Node",
        "treebeard.ns_tree.NS_Node",
        "treebeard.al_tree.AL_Node",
        "polymorphic.models.PolymorphicModel",
        "modelcluster.models.ClusterableModel",
        "wagtail.models.Page",
        "wagtail.core.models.Page",
        "wagtail.models.Orderable",
        "wagtail.core.models.Orderable",
        "wagtail.models.ClusterableModel",
        "wagtail.models.DraftStateMixin",
        "wagtail.models.RevisionMixin",
        "wagtail.models.TranslatableMixin",
    }
)
# classes deriving from anything else in these packages are not models (expressions, forms...)
NON_MODEL_BASE_PREFIXES: tuple[str, ...] = (
    "django.",
    "rest_framework.",
    "builtins.",
    "typing.",
    "enum.",
    "abc.",
    "collections.",
    "pydantic.",
)
# the auth user model when AUTH_USER_MODEL is not overridden in the project
DJANGO_DEFAULT_USER_MODEL = "django.contrib.auth.models.User"
DJANGO_USER_MODEL_REFERENCES: frozenset[str] = frozenset(
    {
        "django.conf.settings.AUTH_USER_MODEL",
        "django.contrib.auth.get_user_model",
    }
)
# project classes deriving from these are candidates for the AUTH_USER_MODEL
DJANGO_USER_BASES: frozenset[str] = frozenset(
    {
        "django.contrib.auth.models.AbstractUser",
        "django.contrib.auth.models.AbstractBaseUser",
        "django.contrib.auth.base_user.AbstractBaseUser",
    }
)
# models of django.contrib that projects relate to by string ("auth.User") or import; their known
# fields make lookups through them resolvable
DJANGO_CONTRIB_MODELS: dict[str, tuple[str, str]] = {
    # "app_label.Model" -> (qualname, kind of the first segment)
    "auth.User": ("django.contrib.auth.models.User", "django"),
    "auth.Group": ("django.contrib.auth.models.Group", "django"),
    "auth.Permission": ("django.contrib.auth.models.Permission", "django"),
    "contenttypes.ContentType": ("django.contrib.contenttypes.models.ContentType", "django"),
    "sites.Site": ("django.contrib.sites.models.Site", "django"),
}

DjangoFieldKind = Literal["foreign_key", "one_to_one", "many_to_many", "generic_foreign_key"]

# relation fields by qualified name; every other `...Field(...)` call in a model body is a column
DJANGO_RELATION_FIELDS: dict[str, DjangoFieldKind] = {
    "django.db.models.ForeignKey": "foreign_key",
    "django.db.models.fields.related.ForeignKey": "foreign_key",
    "django.db.models.OneToOneField": "one_to_one",
    "django.db.models.fields.related.OneToOneField": "one_to_one",
    "django.db.models.ManyToManyField": "many_to_many",
    "django.db.models.fields.related.ManyToManyField": "many_to_many",
    "django.contrib.contenttypes.fields.GenericForeignKey": "generic_foreign_key",
    "django.contrib.contenttypes.fields.GenericRelation": "many_to_many",
    "modelcluster.fields.ParentalKey": "foreign_key",
    "modelcluster.fields.ParentalManyToManyField": "many_to_many",
    "taggit.managers.TaggableManager": "many_to_many",
    "modelcluster.contrib.taggit.ClusterTaggableManager": "many_to_many",
    "mptt.fields.TreeForeignKey": "foreign_key",
    "mptt.fields.TreeOneToOneField": "one_to_one",
    "mptt.fields.TreeManyToManyField": "many_to_many",
}
# relation fields that never create a reverse accessor on the target
DJANGO_NO_REVERSE: frozenset[str] = frozenset(
    {
        "django.contrib.contenttypes.fields.GenericRelation",
        "taggit.managers.TaggableManager",
        "modelcluster.contrib.taggit.ClusterTaggableManager",
    }
)
# module prefixes whose `*Field` classes are model fields
DJANGO_FIELD_MODULES: tuple[str, ...] = (
    "django.db.models",
    "django.contrib.postgres.fields",
    "django.contrib.gis.db.models",
    "django.contrib.contenttypes.fields",
    "modelcluster.fields",
    "wagtail.fields",
    "wagtail.core.fields",
    "mptt.fields",
    "taggit.managers",
    "phonenumber_field.modelfields",
    "django_countries.fields",
    "model_utils.fields",
)
# fields Django always indexes (primary keys it creates, slug fields index by default)
DJANGO_INDEXED_BY_DEFAULT: frozenset[str] = frozenset(
    {
        "django.db.models.SlugField",
        "django.db.models.fields.SlugField",
        "django.db.models.AutoField",
        "django.db.models.BigAutoField",
        "django.db.models.SmallAutoField",
    }
)
DJANGO_INDEX_CLASSES: frozenset[str] = frozenset(
    {
        "django.db.models.Index",
        "django.db.models.indexes.Index",
        "django.contrib.postgres.indexes.GinIndex",
        "django.contrib.postgres.indexes.GistIndex",
        "django.contrib.postgres.indexes.BTreeIndex",
        "django.contrib.postgres.indexes.HashIndex",
        "django.contrib.postgres.indexes.BrinIndex",
        "django.contrib.postgres.indexes.SpGistIndex",
        "django.contrib.postgres.indexes.BloomIndex",
    }
)
DJANGO_UNIQUE_CONSTRAINTS: frozenset[str] = frozenset(
    {
        "django.db.models.UniqueConstraint",
        "django.db.models.constraints.UniqueConstraint",
    }
)
DJANGO_MANAGER_BASES: frozenset[str] = frozenset(
    {
        "django.db.models.Manager",
        "django.db.models.manager.Manager",
        "django.db.models.manager.BaseManager",
        "django.contrib.auth.models.UserManager",
        "django.contrib.auth.base_user.BaseUserManager",
    }
)
DJANGO_QUERYSET_BASES: frozenset[str] = frozenset(
    {"django.db.models.QuerySet", "django.db.models.query.QuerySet"}
)
DJANGO_PREFETCH = frozenset({"django.db.models.Prefetch", "django.db.models.query.Prefetch"})
# attributes of a model class that are managers without being declared
DJANGO_IMPLICIT_MANAGERS: frozenset[str] = frozenset(
    {"objects", "_default_manager", "_base_manager"}
)

# -- Django QuerySet / Manager API --------------------------------------------------------------

# methods returning a new QuerySet (chainable; a Manager has them too)
DJANGO_QUERYSET_METHODS: frozenset[str] = frozenset(
    {
        "all",
        "filter",
        "exclude",
        "order_by",
        "reverse",
        "distinct",
        "annotate",
        "alias",
        "select_related",
        "prefetch_related",
        "only",
        "defer",
        "values",
        "values_list",
        "dates",
        "datetimes",
        "none",
        "union",
        "intersection",
        "difference",
        "select_for_update",
        "using",
        "extra",
        "complex_filter",
        "get_queryset",
    }
)
# methods whose result has no model instances (dicts, tuples, scalars)
DJANGO_ROWLESS_METHODS: frozenset[str] = frozenset({"values", "values_list", "dates", "datetimes"})
# methods that evaluate the QuerySet into one object
DJANGO_SINGLE_METHODS: frozenset[str] = frozenset(
    {"get", "first", "last", "earliest", "latest", "get_or_create", "update_or_create", "create"}
)
# methods that run a query and return something that is not a QuerySet
DJANGO_EVALUATING_METHODS: frozenset[str] = frozenset(
    {
        "count",
        "exists",
        "aggregate",
        "get",
        "first",
        "last",
        "earliest",
        "latest",
        "in_bulk",
        "iterator",
        "contains",
        "explain",
        "update",
        "delete",
        "acount",
        "aexists",
        "aget",
        "afirst",
        "alast",
        "aaggregate",
        "aupdate",
        "adelete",
    }
)
# methods that write rows
DJANGO_SAVING_METHODS: frozenset[str] = frozenset(
    {
        "save",
        "create",
        "get_or_create",
        "update_or_create",
        "update",
        "delete",
        "bulk_create",
        "bulk_update",
        "asave",
        "acreate",
        "aget_or_create",
        "aupdate_or_create",
        "adelete",
    }
)
DJANGO_BULK_METHODS: frozenset[str] = frozenset({"bulk_create", "bulk_update", "update", "delete"})
# on a related manager whose relation was prefetched: these read the prefetch cache...
DJANGO_PREFETCH_CACHE_METHODS: frozenset[str] = frozenset({"all", "count", "exists"})
# ...and these issue a new query anyway (they defeat the prefetch)
DJANGO_PREFETCH_DEFEATING_METHODS: frozenset[str] = frozenset(
    {
        "filter",
        "exclude",
        "order_by",
        "values",
        "values_list",
        "get",
        "latest",
        "earliest",
        "first",
        "last",
        "annotate",
        "aggregate",
        "distinct",
        "select_related",
        "only",
        "defer",
        "in_bulk",
    }
)
# methods whose keyword arguments are field lookups (`author__name__iexact=...`)
DJANGO_LOOKUP_KWARG_METHODS: frozenset[str] = frozenset(
    {"filter", "exclude", "get", "get_or_create", "update_or_create", "aget", "aget_or_create"}
)
# methods whose positional string arguments are field paths ("-created", "author__name")
DJANGO_ORDERING_METHODS: frozenset[str] = frozenset({"order_by", "latest", "earliest"})
DJANGO_Q = frozenset({"django.db.models.Q", "django.db.models.query_utils.Q"})
DJANGO_SHORTCUTS_GET = frozenset(
    {"django.shortcuts.get_object_or_404", "django.shortcuts.get_list_or_404"}
)

# lookups and transforms that may end a `__` path
DJANGO_LOOKUPS: frozenset[str] = frozenset(
    {
        "exact",
        "iexact",
        "contains",
        "icontains",
        "in",
        "gt",
        "gte",
        "lt",
        "lte",
        "startswith",
        "istartswith",
        "endswith",
        "iendswith",
        "range",
        "date",
        "year",
        "iso_year",
        "month",
        "day",
        "week",
        "week_day",
        "iso_week_day",
        "quarter",
        "time",
        "hour",
        "minute",
        "second",
        "isnull",
        "regex",
        "iregex",
        "search",
        "unaccent",
        "trigram_similar",
        "trigram_word_similar",
        "has_key",
        "has_keys",
        "has_any_keys",
        "contained_by",
        "overlap",
        "len",
        "keys",
        "values",
        "lower",
        "upper",
        "isempty",
    }
)
# lookups an ordinary B-tree index cannot serve (a leading wildcard, case folding, regex)
DJANGO_UNINDEXABLE_LOOKUPS: frozenset[str] = frozenset(
    {
        "contains",
        "icontains",
        "iexact",
        "istartswith",
        "endswith",
        "iendswith",
        "regex",
        "iregex",
        "search",
        "unaccent",
        "trigram_similar",
        "trigram_word_similar",
        "isnull",
        "has_key",
        "has_keys",
        "has_any_keys",
        "contained_by",
        "overlap",
        "len",
        "keys",
        "values",
        "lower",
        "upper",
        "year",
        "month",
        "day",
        "week",
        "week_day",
        "iso_week_day",
        "quarter",
        "hour",
        "minute",
        "second",
        "time",
        "date",
        "iso_year",
    }
)
# always-indexed path ends
PRIMARY_KEY_NAMES: frozenset[str] = frozenset({"pk", "id"})

# -- SQLAlchemy ----------------------------------------------------------------------------------

SQLALCHEMY_BASE_FACTORIES: frozenset[str] = frozenset(
    {
        "sqlalchemy.orm.declarative_base",
        "sqlalchemy.ext.declarative.declarative_base",
        "sqlalchemy.orm.registry",
        "sqlalchemy.orm.as_declarative",
    }
)
SQLALCHEMY_MODEL_BASES: frozenset[str] = frozenset(
    {
        "sqlalchemy.orm.DeclarativeBase",
        "sqlalchemy.orm.DeclarativeBaseNoMeta",
        "sqlalchemy.orm.decl_api.DeclarativeBase",
        "sqlmodel.SQLModel",
    }
)
SqlaCallKind = Literal[
    "column",
    "relationship",
    "foreign_key",
    "index",
    "unique",
    "primary_key_constraint",
    "backref",
    "column_property",
    "table",
    "declarative_base",
    "flask_sqlalchemy",
]
# by qualified name; `db.Column`, `db.relationship`... (Flask-SQLAlchemy) match by the last name
SQLALCHEMY_CALLS: dict[str, SqlaCallKind] = {
    "sqlalchemy.Column": "column",
    "sqlalchemy.schema.Column": "column",
    "sqlalchemy.sql.schema.Column": "column",
    "sqlalchemy.orm.mapped_column": "column",
    "sqlmodel.Field": "column",
    "sqlalchemy.orm.relationship": "relationship",
    "sqlalchemy.orm.relation": "relationship",
    "sqlmodel.Relationship": "relationship",
    "sqlalchemy.orm.backref": "backref",
    "sqlalchemy.ForeignKey": "foreign_key",
    "sqlalchemy.schema.ForeignKey": "foreign_key",
    "sqlalchemy.sql.schema.ForeignKey": "foreign_key",
    "sqlalchemy.Index": "index",
    "sqlalchemy.schema.Index": "index",
    "sqlalchemy.sql.schema.Index": "index",
    "sqlalchemy.UniqueConstraint": "unique",
    "sqlalchemy.schema.UniqueConstraint": "unique",
    "sqlalchemy.PrimaryKeyConstraint": "primary_key_constraint",
    "sqlalchemy.schema.PrimaryKeyConstraint": "primary_key_constraint",
    "sqlalchemy.orm.column_property": "column_property",
    "sqlalchemy.orm.deferred": "column_property",
    "sqlalchemy.Table": "table",
    "sqlalchemy.schema.Table": "table",
    "sqlalchemy.orm.declarative_base": "declarative_base",
    "sqlalchemy.ext.declarative.declarative_base": "declarative_base",
    "flask_sqlalchemy.SQLAlchemy": "flask_sqlalchemy",
}
# `db.<name>` on a Flask-SQLAlchemy object
SQLALCHEMY_DB_ATTRIBUTES: dict[str, SqlaCallKind] = {
    "Column": "column",
    "mapped_column": "column",
    "relationship": "relationship",
    "backref": "backref",
    "ForeignKey": "foreign_key",
    "Index": "index",
    "UniqueConstraint": "unique",
    "PrimaryKeyConstraint": "primary_key_constraint",
    "column_property": "column_property",
    "Table": "table",
}
# `@declared_attr` (and `@declared_attr.directive` / `.cascading`) on mixin methods
SQLALCHEMY_DECLARED_ATTR: frozenset[str] = frozenset({"declared_attr"})
SQLALCHEMY_MAPPED = frozenset({"sqlalchemy.orm.Mapped", "sqlalchemy.orm.base.Mapped"})
SQLALCHEMY_COLLECTION_TYPES: frozenset[str] = frozenset(
    {
        "builtins.list",
        "builtins.set",
        "builtins.frozenset",
        "typing.List",
        "typing.Set",
        "typing.FrozenSet",
        "typing.Sequence",
        "typing.Iterable",
        "typing.Collection",
        "collections.abc.Sequence",
        "collections.abc.Iterable",
        "collections.abc.Collection",
        "sqlalchemy.orm.WriteOnlyMapped",
        "sqlalchemy.orm.DynamicMapped",
        "list",
        "set",
        "List",
        "Set",
    }
)
SQLALCHEMY_DEFAULT_LAZY = "select"
# lazy= strategies that load the relation with the parent (no query per row on access)
SQLALCHEMY_EAGER_LAZY: frozenset[str] = frozenset(
    {"selectin", "joined", "subquery", "immediate", "raise", "raise_on_sql", "noload", "write_only"}
)

LoaderKind = Literal["eager", "lazy", "raise", "only", "defer", "default"]
# loader options by qualified name (also the same names as methods chained on a loader)
SQLALCHEMY_LOADERS: dict[str, LoaderKind] = {
    "joinedload": "eager",
    "selectinload": "eager",
    "subqueryload": "eager",
    "immediateload": "eager",
    "contains_eager": "eager",
    "noload": "eager",
    "lazyload": "lazy",
    "raiseload": "raise",
    "load_only": "only",
    "defer": "defer",
    "undefer": "default",
    "defaultload": "default",
    "selectin_polymorphic": "default",
    "with_expression": "default",
}
SQLALCHEMY_LOADER_MODULES: tuple[str, ...] = ("sqlalchemy.orm", "sqlalchemy.orm.strategy_options")
SQLALCHEMY_SELECT: frozenset[str] = frozenset(
    {
        "sqlalchemy.select",
        "sqlalchemy.sql.select",
        "sqlalchemy.future.select",
        "sqlalchemy.sql.expression.select",
        "sqlmodel.select",
    }
)
# Select / Query methods returning a new statement
SQLALCHEMY_STATEMENT_METHODS: frozenset[str] = frozenset(
    {
        "where",
        "filter",
        "filter_by",
        "order_by",
        "group_by",
        "having",
        "join",
        "outerjoin",
        "join_from",
        "outerjoin_from",
        "select_from",
        "distinct",
        "options",
        "execution_options",
        "limit",
        "offset",
        "slice",
        "params",
        "correlate",
        "with_for_update",
        "union",
        "union_all",
        "enable_eagerloads",
        "populate_existing",
        "autoflush",
        "yield_per",
        "with_entities",
        "add_columns",
        "with_only_columns",
        "add_entity",
        "unique",
        "scalars",
        "all",
        "fetchall",
        "partitions",
    }
)
SQLALCHEMY_LIMITING_METHODS: frozenset[str] = frozenset({"limit", "slice"})
SQLALCHEMY_COLUMN_SELECTING_METHODS: frozenset[str] = frozenset(
    {"with_entities", "add_columns", "with_only_columns"}
)
SQLALCHEMY_SINGLE_METHODS: frozenset[str] = frozenset(
    {
        "first",
        "one",
        "one_or_none",
        "scalar",
        "scalar_one",
        "scalar_one_or_none",
        "get",
        "get_or_404",
        "first_or_404",
        "one_or_404",
    }
)
# Session methods: what they do with a statement / a model
SQLALCHEMY_SESSION_RUN: frozenset[str] = frozenset({"execute", "scalars", "scalar", "stream"})
SQLALCHEMY_SESSION_QUERY = "query"
SQLALCHEMY_SESSION_GET: frozenset[str] = frozenset({"get", "get_one", "get_or_404"})
SQLALCHEMY_SESSION_WRITE: frozenset[str] = frozenset(
    {"add", "add_all", "merge", "delete", "flush", "commit", "bulk_save_objects"}
)
# methods of Query / Select whose arguments are column expressions a WHERE / ORDER BY uses
SQLALCHEMY_WHERE_METHODS: frozenset[str] = frozenset({"where", "filter"})
SQLALCHEMY_FILTER_BY = "filter_by"
SQLALCHEMY_ORDER_METHODS: frozenset[str] = frozenset({"order_by"})
# column operators an ordinary B-tree index cannot serve
SQLALCHEMY_UNINDEXABLE_OPERATORS: frozenset[str] = frozenset(
    {
        "ilike",
        "contains",
        "endswith",
        "icontains",
        "iendswith",
        "istartswith",
        "regexp_match",
        "match",
        "is_",
        "isnot",
        "is_not",
        "notilike",
        "not_ilike",
        "notlike",
        "not_like",
    }
)
# Flask-SQLAlchemy `Model.query` attribute
SQLALCHEMY_MODEL_QUERY_ATTRIBUTE = "query"
