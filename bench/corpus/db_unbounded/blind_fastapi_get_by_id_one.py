# corpus: safe DB104
from fastapi import Depends, FastAPI, HTTPException
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


@app.get("/customers/{customer_id}")
def customer(customer_id: int, db: Session = Depends(get_db)):
    rows = db.query(Customer).filter(Customer.id == customer_id).all()
    if not rows:
        raise HTTPException(404)
    return {"id": rows[0].id, "name": rows[0].name}
