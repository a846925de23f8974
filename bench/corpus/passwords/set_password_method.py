# corpus: vulnerable SEC205
import hashlib

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    password = Column(String(64))

    def set_password(self, raw):
        self.password = hashlib.sha256(raw.encode("utf-8")).hexdigest()
