# corpus: vulnerable DB101
from fastapi import APIRouter
from sqlalchemy import select
from sqlalchemy.orm import Session, load_only

from .models import Item

router = APIRouter()


@router.get("/items")
def list_items(session: Session):
    stmt = select(Item).options(load_only(Item.name)).limit(100)
    return [{"name": i.name, "price": str(i.price)} for i in session.scalars(stmt)]
