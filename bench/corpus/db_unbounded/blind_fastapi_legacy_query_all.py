# corpus: vulnerable DB104
from fastapi import Depends, FastAPI
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import Session, declarative_base

app = FastAPI()
Base = declarative_base()


class Customer(Base):
    __tablename__ = "customers"
    id = Column(Integer, primary_key=True)
    name = Column(String(120))


def get_db():
    raise NotImplementedError


@app.get("/customers")
def customers(db: Session = Depends(get_db)):
    rows = db.query(Customer).order_by(Customer.name).all()
    return [{"id": c.id, "name": c.name} for c in rows]
