# corpus: safe DB202
from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, func
from sqlalchemy.orm import declarative_base, declared_attr

Base = declarative_base()


class OwnedMixin:
    created_at = Column(DateTime, server_default=func.now())

    @declared_attr
    def owner_id(cls):
        return Column(Integer, ForeignKey("users.id"), nullable=False, index=True)


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)


class Note(OwnedMixin, Base):
    __tablename__ = "notes"
    id = Column(Integer, primary_key=True)
    text = Column(String)
