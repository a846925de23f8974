# corpus: safe REL118
from sqlalchemy import create_engine, text

engine = create_engine("postgresql+psycopg://app@db/app")


def db_time():
    with engine.connect() as conn:
        return conn.execute(text("SELECT now()")).scalar()
