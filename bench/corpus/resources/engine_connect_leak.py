# corpus: vulnerable REL118
from sqlalchemy import create_engine, text

engine = create_engine("postgresql+psycopg://app@db/app")


def db_time():
    conn = engine.connect()
    return conn.execute(text("SELECT now()")).scalar()
