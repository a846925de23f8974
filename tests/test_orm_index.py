"""The ORM model graph (`scrutiny.orm`) on small realistic projects: Django and SQLAlchemy."""

from __future__ import annotations

import ast
import pickle
import textwrap

import pytest

from scrutiny.context import FileContext
from scrutiny.orm.extract import model_facts
from scrutiny.orm.index import OrmIndex
from scrutiny.orm.querysets import queryset_shape
from scrutiny.orm.schema import ModelFacts
from scrutiny.semantic.model import SemanticModel
from scrutiny.semantic.project import ProjectIndex, summarize


def _file(module: str, source: str) -> FileContext:
    text = textwrap.dedent(source)
    is_package = module.endswith(".__init__")
    name = module.removesuffix(".__init__")
    semantic = SemanticModel.build(ast.parse(text), name, is_package)
    path = module.replace(".", "/") + ".py"
    return FileContext(path, frozenset(), text.splitlines(), semantic)


def build(files: dict[str, str]) -> OrmIndex:
    contexts = [_file(module, source) for module, source in files.items()]
    project = ProjectIndex.build(summarize(c.semantic, c.path, c.lines) for c in contexts)
    return OrmIndex.build(project, (m for c in contexts for m in model_facts(c)))


SHOP = {
    "accounts.models": """
        from django.contrib.auth.models import AbstractUser
        from django.db import models

        class User(AbstractUser):
            nickname = models.CharField(max_length=40)
    """,
    "catalog.models": """
        from django.conf import settings
        from django.contrib.contenttypes.fields import GenericForeignKey
        from django.db import models

        class Timestamped(models.Model):
            created = models.DateTimeField(auto_now_add=True, db_index=True)
            owner = models.ForeignKey(
                settings.AUTH_USER_MODEL,
                on_delete=models.CASCADE,
                related_name="%(app_label)s_%(class)s_owned",
            )

            class Meta:
                abstract = True

        class Publisher(Timestamped):
            name = models.CharField(max_length=100)

        class Author(Timestamped):
            name = models.CharField(max_length=100)
            profile = models.OneToOneField("profiles.Profile", on_delete=models.CASCADE)

            @property
            def display(self):
                return self.name

        class Book(Timestamped):
            author = models.ForeignKey(Author, related_name="books", on_delete=models.CASCADE)
            publisher = models.ForeignKey("Publisher", on_delete=models.CASCADE)
            translator = models.ForeignKey(
                "catalog.Author", related_name="+", null=True, on_delete=models.SET_NULL
            )
            tags = models.ManyToManyField("tags.Tag", related_query_name="book")
            parent = models.ForeignKey("self", null=True, on_delete=models.CASCADE)
            isbn = models.CharField(max_length=13)
            title = models.CharField(max_length=200)
            content_object = GenericForeignKey("content_type", "object_id")

            class Meta:
                indexes = [models.Index(fields=["title", "-created"])]
                unique_together = [("isbn", "publisher")]

            def __str__(self):
                return self.title
    """,
    "profiles.models": """
        from django.db import models

        class Profile(models.Model):
            city = models.CharField(max_length=50)
    """,
    "tags.models": """
        from django.db import models

        class Tag(models.Model):
            label = models.SlugField()
    """,
    "catalog.views": """
        from .models import Book
    """,
}


@pytest.fixture(scope="module")
def shop() -> OrmIndex:
    return build(SHOP)


def test_forward_relations(shop: OrmIndex) -> None:
    author = shop.relation("catalog.models.Book", "author")
    assert author is not None
    assert (author.target, author.many, author.reverse, author.kind) == (
        "catalog.models.Author",
        False,
        False,
        "foreign_key",
    )
    assert author.defined_at == ("catalog/models.py", 29)
    tags = shop.relation("catalog.models.Book", "tags")
    assert tags is not None and tags.many and tags.target == "tags.models.Tag"


def test_reverse_accessors_with_and_without_related_name(shop: OrmIndex) -> None:
    books = shop.relation("catalog.models.Author", "books")
    assert books is not None and books.many and books.reverse
    assert books.target == "catalog.models.Book"
    publisher_books = shop.relation("catalog.models.Publisher", "book_set")
    assert publisher_books is not None and publisher_books.many
    profile_author = shop.relation("profiles.models.Profile", "author")  # reverse one-to-one
    assert profile_author is not None and not profile_author.many
    tag_books = shop.relation("tags.models.Tag", "book_set")
    assert tag_books is not None and tag_books.many and tag_books.kind == "many_to_many"
    children = shop.relation("catalog.models.Book", "book_set")  # "self"
    assert children is not None and children.target == "catalog.models.Book"


def test_related_name_plus_hides_the_reverse_accessor(shop: OrmIndex) -> None:
    accessors = shop.relations("catalog.models.Author")
    assert "books" in accessors
    assert not any(r.field == "translator" for r in accessors.values())


def test_abstract_base_fields_are_inherited(shop: OrmIndex) -> None:
    created = shop.field("catalog.models.Book", "created")
    assert created is not None and created.indexed
    owner = shop.relation("catalog.models.Book", "owner")
    assert owner is not None and owner.target == "accounts.models.User"
    assert shop.field("catalog.models.Timestamped", "created") is not None
    assert shop.model("catalog.models.Timestamped") is not None
    assert shop.model("catalog.models.Timestamped").abstract  # type: ignore[union-attr]


def test_settings_auth_user_model_and_class_placeholders(shop: OrmIndex) -> None:
    assert shop.user_model == "accounts.models.User"
    user = shop.relations("accounts.models.User")
    assert {"catalog_book_owned", "catalog_author_owned", "catalog_publisher_owned"} <= set(user)


def test_app_label_strings(shop: OrmIndex) -> None:
    assert shop.target("catalog.models.Author", "profile") == "profiles.models.Profile"
    assert shop.target("catalog.models.Book", "publisher") == "catalog.models.Publisher"
    assert shop.model("catalog.models.Book").app_label == "catalog"  # type: ignore[union-attr]


def _walk(index: OrmIndex, model: str, path: str) -> tuple[list[str], str | None]:
    found = index.lookup(model, path)
    assert found is not None, path
    return [r.name for r in found[0]], found[1]


def test_lookups(shop: OrmIndex) -> None:
    path = "author__profile__city__iexact"
    assert _walk(shop, "catalog.models.Book", path) == (["author", "profile"], "city")
    assert shop.lookup("catalog.models.Book", "author") == ((), "author")
    assert shop.lookup("catalog.models.Book", "author_id") == ((), "author")
    assert shop.lookup("catalog.models.Book", "author__pk") == ((), "author")
    assert _walk(shop, "catalog.models.Author", "books__title") == (["books"], "title")
    assert _walk(shop, "tags.models.Tag", "book__isbn") == (["book_set"], "isbn")
    assert shop.lookup("catalog.models.Book", "nonexistent") is None


def test_indexes(shop: OrmIndex) -> None:
    book = "catalog.models.Book"
    assert shop.is_indexed(book, "author")  # Django indexes foreign keys
    assert shop.is_indexed(book, "author_id")
    assert shop.is_indexed(book, "title")  # leads Meta.indexes
    assert shop.is_indexed(book, "isbn")  # leads unique_together
    assert shop.is_indexed(book, "pk") and shop.is_indexed(book, "id")
    assert not shop.is_indexed("catalog.models.Author", "name")
    assert shop.is_indexed("tags.models.Tag", "label")  # SlugField
    assert shop.covering_index(book, ["isbn", "title"]) is not None
    assert shop.covering_index("catalog.models.Author", ["name"]) is None
    assert shop.is_indexed(book, "unknown_field")  # unknown counts as indexed


def test_members_and_resolution(shop: OrmIndex) -> None:
    assert shop.member_line("catalog.models.Author", "display") == ("catalog/models.py", 25)
    assert shop.member_line("catalog.models.Book", "__str__") is not None
    assert shop.resolve_model("catalog.views.Book") == "catalog.models.Book"  # re-export
    assert shop.resolve_model("catalog.models.Nothing") is None
    assert shop.managers("catalog.models.Book") == (("objects", None),)


def test_facts_are_picklable() -> None:
    facts = model_facts(_file("catalog.models", SHOP["catalog.models"]))
    assert pickle.loads(pickle.dumps(facts)) == facts
    assert all(isinstance(m, ModelFacts) for m in facts)


def test_forms_and_expressions_are_not_models() -> None:
    facts = model_facts(
        _file(
            "catalog.forms",
            """
            from django import forms
            from django.db.models import FloatField, Func
            from rest_framework import serializers

            class BookForm(forms.Form):
                title = forms.CharField()

            class BookSerializer(serializers.Serializer):
                title = serializers.CharField()

            class Distance(Func):
                output_field = FloatField()
            """,
        )
    )
    assert facts == ()


ORDERS = {
    "billing.models": """
        from typing import List, Optional

        from sqlalchemy import Column, ForeignKey, Index, Integer, String
        from sqlalchemy.orm import (
            DeclarativeBase, Mapped, backref, declarative_base, mapped_column, relationship
        )

        class Base(DeclarativeBase):
            pass

        class Customer(Base):
            __tablename__ = "customers"
            id: Mapped[int] = mapped_column(primary_key=True)
            email: Mapped[str] = mapped_column(String(200), unique=True)
            orders: Mapped[List["Order"]] = relationship(back_populates="customer")

        class Order(Base):
            __tablename__ = "orders"
            __table_args__ = (Index("ix_orders_status_created", "status", "created"),)
            id: Mapped[int] = mapped_column(primary_key=True)
            customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
            status: Mapped[str] = mapped_column(String(20))
            created: Mapped[int]
            customer: Mapped[Optional["Customer"]] = relationship(back_populates="orders")
            lines: Mapped[List["Line"]] = relationship(lazy="selectin")

        class Line(Base):
            __tablename__ = "lines"
            id: Mapped[int] = mapped_column(primary_key=True)
            order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    """,
    "legacy.models": """
        from sqlalchemy import Column, ForeignKey, Integer, String
        from sqlalchemy.orm import backref, declarative_base, relationship

        Base = declarative_base()

        class Author(Base):
            __tablename__ = "authors"
            id = Column(Integer, primary_key=True)
            name = Column("author_name", String(50))

        class Post(Base):
            __tablename__ = "posts"
            id = Column(Integer, primary_key=True)
            author_id = Column(Integer, ForeignKey("authors.id"))
            author = relationship("Author", backref=backref("posts", lazy="dynamic"))
            comments = relationship("Comment", back_populates="post")

        class Comment(Base):
            __tablename__ = "comments"
            id = Column(Integer, primary_key=True)
            post_id = Column(Integer, ForeignKey("posts.id"))
            post = relationship("Post", back_populates="comments")
    """,
}


@pytest.fixture(scope="module")
def orders() -> OrmIndex:
    return build(ORDERS)


def test_sqlalchemy_mapped_style(orders: OrmIndex) -> None:
    lines = orders.relation("billing.models.Order", "lines")
    assert lines is not None and lines.many and lines.lazy == "selectin"
    assert lines.target == "billing.models.Line"
    customer = orders.relation("billing.models.Order", "customer")
    assert customer is not None and not customer.many and customer.lazy == "select"
    back = orders.relation("billing.models.Customer", "orders")
    assert back is not None and back.many and not back.reverse  # back_populates: declared there


def test_sqlalchemy_classic_style_and_backref(orders: OrmIndex) -> None:
    author = orders.relation("legacy.models.Post", "author")
    assert author is not None and not author.many  # inferred from the ForeignKey
    posts = orders.relation("legacy.models.Author", "posts")  # created by backref=
    assert posts is not None and posts.many and posts.reverse and posts.lazy == "dynamic"
    comments = orders.relation("legacy.models.Post", "comments")
    assert comments is not None and comments.many  # the target holds the ForeignKey
    name = orders.field("legacy.models.Author", "name")
    assert name is not None and name.column == "author_name"
    assert orders.field_by_column("legacy.models.Author", "author_name") == name


def test_sqlalchemy_indexes(orders: OrmIndex) -> None:
    order = "billing.models.Order"
    assert orders.is_indexed(order, "status")  # leads __table_args__ Index
    assert not orders.is_indexed(order, "created")
    assert not orders.is_indexed(order, "customer_id")  # ForeignKey: not indexed by default
    assert orders.is_indexed("billing.models.Line", "order_id")
    assert orders.is_indexed("billing.models.Customer", "email")
    assert orders.model("billing.models.Base").abstract  # type: ignore[union-attr]
    assert orders.table_model("orders") == order


def test_queryset_shapes() -> None:
    file = _file(
        "shop.views",
        """
        from django.db.models import Prefetch
        from sqlalchemy import select
        from sqlalchemy.orm import joinedload, selectinload
        from catalog.models import Author, Book
        from billing.models import Order, Line

        def view(request, flag):
            qs = Book.objects.select_related("author__profile").filter(title="x")
            if flag:
                qs = qs.prefetch_related("tags")
            else:
                qs = qs.prefetch_related("tags", "reviews")
            authors = Author.published.prefetch_related(
                Prefetch("books", queryset=Book.objects.select_related("publisher"))
            )[:10]
            rows = Book.objects.values("id")
            stmt = select(Order).options(
                selectinload(Order.lines).joinedload(Line.product), joinedload(Order.customer)
            )
            one = Book.objects.get(pk=1)
            return qs, authors, rows, stmt, session.scalars(stmt).all(), one
        """,
    )
    function = file.tree.body[-1]
    assert isinstance(function, ast.FunctionDef)
    returned = function.body[-1]
    assert isinstance(returned, ast.Return) and isinstance(returned.value, ast.Tuple)
    qs, authors, rows, stmt, scalars, one = (queryset_shape(file, e) for e in returned.value.elts)
    assert qs is not None and qs.model == "catalog.models.Book"
    assert qs.eager == {"author", "author__profile", "tags"}  # both branches load "tags"
    assert qs.line == 9
    assert authors is not None and authors.manager == "published" and authors.sliced
    assert authors.eager == {"books", "books__publisher"}
    assert rows is not None and not rows.rows
    assert stmt is not None and stmt.framework == "sqlalchemy"
    assert stmt.eager == {"lines", "lines__product", "customer"}
    assert scalars is not None and scalars.rows and scalars.eager == stmt.eager
    assert one is not None and one.single


def test_sqlalchemy_single_table_inheritance_and_mixins() -> None:
    index = build(
        {
            "staff.models": """
                from sqlalchemy import Column, ForeignKey, Integer, String
                from sqlalchemy.orm import DeclarativeBase, declared_attr

                class Base(DeclarativeBase):
                    pass

                class OwnedMixin:
                    @declared_attr
                    def owner_id(cls):
                        return Column(Integer, ForeignKey("users.id"))

                class Employee(OwnedMixin, Base):
                    __tablename__ = "employees"
                    id = Column(Integer, primary_key=True)
                    kind = Column(String(20))
                    __mapper_args__ = {"polymorphic_on": kind}

                class Manager(Employee):
                    __mapper_args__ = {"polymorphic_identity": "manager"}
            """
        }
    )
    manager = index.model("staff.models.Manager")
    assert manager is not None and not manager.abstract
    assert index.model("staff.models.OwnedMixin").abstract  # type: ignore[union-attr]
    owner = index.field("staff.models.Manager", "owner_id")
    assert owner is not None and owner.foreign_key == "users.id"
    assert not index.is_indexed("staff.models.Employee", "owner_id")
