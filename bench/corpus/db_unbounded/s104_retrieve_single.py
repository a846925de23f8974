# corpus: safe DB104
from app.db import get_session
from app.models import Customer
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

router = APIRouter()


@router.get("/customers/{email}")
def customer_by_email(email: str, session: Session = Depends(get_session)):
    customer = session.scalars(select(Customer).where(Customer.email == email)).first()
    if customer is None:
        raise HTTPException(404)
    return customer
