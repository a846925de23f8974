# corpus: vulnerable REL118
from fastapi import FastAPI
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from .models import Subscriber

engine = create_engine("postgresql+psycopg://app@db/newsletter")
SessionLocal = sessionmaker(bind=engine)
app = FastAPI()


@app.post("/subscribe")
def subscribe(email: str):
    db = SessionLocal()
    db.add(Subscriber(email=email))
    db.commit()
    return {"subscribed": email}
