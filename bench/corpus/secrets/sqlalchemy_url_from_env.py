# corpus: safe SEC401
import os

from sqlalchemy import URL, create_engine
from sqlalchemy.orm import sessionmaker

url = URL.create(
    "postgresql+psycopg2",
    username="orders",
    password=os.environ["ORDERS_DB_PASSWORD"],
    host="pg-primary.internal",
    database="orders",
)
LOCAL_URL = "postgresql+psycopg2://postgres:postgres@localhost:5432/orders"
engine = create_engine(url)
Session = sessionmaker(bind=engine)
