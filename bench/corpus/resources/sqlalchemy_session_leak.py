# corpus: vulnerable REL118
from sqlalchemy import create_engine, select
from sqlalchemy.orm import sessionmaker

from .models import User

engine = create_engine("postgresql+psycopg://app@db/app", pool_size=5)
SessionLocal = sessionmaker(bind=engine)


def find_user(email):
    db = SessionLocal()
    return db.scalars(select(User).where(User.email == email)).first()
