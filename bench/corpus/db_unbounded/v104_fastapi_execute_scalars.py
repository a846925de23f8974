# corpus: vulnerable DB104
from app.deps import get_async_session
from app.models import Order
from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

router = APIRouter()


@router.get("/orders")
async def list_orders(session: AsyncSession = Depends(get_async_session)):
    result = await session.execute(select(Order).where(Order.deleted_at.is_(None)))
    return result.scalars().all()
