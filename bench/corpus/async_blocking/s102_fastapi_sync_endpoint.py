# corpus: safe ASY102
from app.database import get_db
from app.models import Invoice
from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

router = APIRouter(prefix="/invoices")


@router.get("/")
def list_invoices(db: Session = Depends(get_db)):
    return db.scalars(select(Invoice).limit(100)).all()
