# corpus: safe DB104
from app.db import get_session
from app.models import Customer
from fastapi import APIRouter, Depends, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

router = APIRouter(prefix="/customers")


@router.get("/")
def list_customers(
    limit: int = Query(50, le=200), offset: int = 0, session: Session = Depends(get_session)
):
    stmt = select(Customer).order_by(Customer.id).limit(limit).offset(offset)
    return session.scalars(stmt).all()
