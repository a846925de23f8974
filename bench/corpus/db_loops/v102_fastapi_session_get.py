# corpus: vulnerable DB102
from app.db import get_db
from app.models import Item
from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy.orm import Session

router = APIRouter()


class Basket(BaseModel):
    item_ids: list[int]


@router.post("/basket/total")
def basket_total(basket: Basket, db: Session = Depends(get_db)):
    total = 0
    for item_id in basket.item_ids:
        item = db.get(Item, item_id)
        if item is not None:
            total += item.price
    return {"total": total}
