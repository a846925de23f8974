# corpus: vulnerable DB104
from app.db import get_session
from app.models import Customer
from app.schemas import CustomerOut
from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

router = APIRouter(prefix="/customers")


@router.get("/", response_model=list[CustomerOut])
def list_customers(session: Session = Depends(get_session)):
    return session.scalars(select(Customer).order_by(Customer.name)).all()
