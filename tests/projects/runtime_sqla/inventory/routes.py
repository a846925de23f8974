"""The API as first written: each route has one query problem (the tests plant nothing else)."""

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from .db import Database
from .models import Movement, Product, Setting, Supplier

SLEEP_FUNCTION = {"postgresql": "pg_sleep", "sqlite": "slow_down"}
REPORT_DELAY_S = 0.5

router = APIRouter()


def get_session(request: Request) -> Iterator[Session]:
    database: Database = request.app.state.database
    yield from database.session()


async def get_async_session(request: Request) -> AsyncIterator[AsyncSession]:
    database: Database = request.app.state.database
    async for session in database.async_session():
        yield session


SyncSession = Annotated[Session, Depends(get_session)]
AsyncSessionDep = Annotated[AsyncSession, Depends(get_async_session)]


def currency(session: Session) -> str:
    query = select(Setting.value).where(Setting.name == "currency")
    return session.scalars(query).one()  # planted: DB107


def price_label(session: Session, amount: Decimal) -> str:
    return f"{amount:.2f} {currency(session)}"


def serialize_product(product: Product) -> dict[str, object]:
    return {"sku": product.sku, "supplier": product.supplier.name}  # planted: DB101


@router.get("/products")
def product_list(session: SyncSession) -> dict[str, object]:
    products = session.scalars(select(Product).order_by(Product.name)).all()
    return {"products": [serialize_product(product) for product in products]}


@router.get("/products/{product_id}")
def product_detail(product_id: int, session: SyncSession) -> dict[str, object]:
    product = session.get(Product, product_id)
    if product is None:
        raise HTTPException(status_code=404)
    return {
        "sku": product.sku,
        "price": price_label(session, product.price),
        "price_with_shipping": price_label(session, product.price + Decimal("4.50")),
    }


@router.get("/stock/{barcode}")
def stock_by_barcode(barcode: str, session: SyncSession) -> dict[str, object]:
    query = select(Product.sku).where(Product.barcode == barcode)
    skus = session.scalars(query).all()  # planted: DB201
    return {"barcode": barcode, "skus": list(skus)}


@router.get("/reports/movements")
def movements_report(session: SyncSession) -> dict[str, object]:
    sleep = SLEEP_FUNCTION[session.get_bind().dialect.name]
    statement = text(
        f"SELECT SUM(quantity) FROM movements CROSS JOIN (SELECT {sleep}(:delay)) AS expensive"
    )
    total = session.execute(statement, {"delay": REPORT_DELAY_S}).scalar()  # planted: DB108
    return {"moved": total or 0}


@router.get("/async/products")
async def async_product_list(session: AsyncSessionDep) -> dict[str, object]:
    products = (await session.scalars(select(Product).order_by(Product.name))).all()
    rows = []
    for product in products:
        query = select(Supplier).where(Supplier.id == product.supplier_id)
        supplier = await session.scalar(query)  # planted: DB101
        rows.append({"sku": product.sku, "supplier": supplier.name if supplier else None})
    return {"products": rows}


async def async_currency(session: AsyncSession) -> str:
    query = select(Setting.value).where(Setting.name == "currency")
    return (await session.scalars(query)).one()  # planted: DB107


@router.get("/async/products/{product_id}")
async def async_product_detail(product_id: int, session: AsyncSessionDep) -> dict[str, object]:
    product = await session.get(Product, product_id)
    if product is None:
        raise HTTPException(status_code=404)
    return {
        "sku": product.sku,
        "price": f"{product.price:.2f} {await async_currency(session)}",
        "price_with_shipping": (
            f"{product.price + Decimal('4.50'):.2f} {await async_currency(session)}"
        ),
    }


@router.get("/async/movements/count")
async def async_movement_count(session: AsyncSessionDep) -> dict[str, object]:
    return {"count": await session.scalar(select(func.count()).select_from(Movement))}
