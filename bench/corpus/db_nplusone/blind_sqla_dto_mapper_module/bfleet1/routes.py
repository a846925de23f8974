# corpus: vulnerable DB101
from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Vehicle
from .schemas import to_out

router = APIRouter()


def get_db():
    raise NotImplementedError


@router.get("/vehicles")
def vehicles(db: Session = Depends(get_db)):
    rows = db.scalars(select(Vehicle).order_by(Vehicle.plate).limit(100)).all()
    return [to_out(v) for v in rows]
