# corpus: safe ASY102
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from .db import get_db
from .models import Order

router = APIRouter()


@router.post("/orders/{order_id}/cancel")
async def cancel_order(order_id: int, db: AsyncSession = Depends(get_db)):
    order = await db.get(Order, order_id)
    if order is None:
        raise HTTPException(404)
    order.status = "cancelled"
    await db.commit()
    return {"id": order.id, "status": order.status}
