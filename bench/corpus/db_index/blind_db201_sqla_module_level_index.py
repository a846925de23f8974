# corpus: safe DB201
from sqlalchemy import Column, Index, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class ApiKey(Base):
    __tablename__ = "api_keys"
    id = Column(Integer, primary_key=True)
    prefix = Column(String(8), nullable=False)
    hashed = Column(String(128), nullable=False)


Index("ix_api_keys_prefix", ApiKey.prefix)


def lookup(session: Session, presented: str):
    return session.query(ApiKey).filter(ApiKey.prefix == presented[:8]).all()
