# corpus: vulnerable ASY102
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from .db import get_db
from .models import Order

router = APIRouter()


@router.post("/orders/{order_id}/cancel")
async def cancel_order(order_id: int, db: Session = Depends(get_db)):
    order = db.get(Order, order_id)
    if order is None:
        raise HTTPException(404)
    order.status = "cancelled"
    db.commit()
    return {"id": order.id, "status": order.status}
