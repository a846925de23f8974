# corpus: vulnerable SEC401
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine("postgresql+psycopg2://orders:Gr33n-Tea.42@pg-primary.internal:5432/orders")
Session = sessionmaker(bind=engine)
