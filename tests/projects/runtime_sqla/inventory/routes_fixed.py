"""The same API with the query problems of `routes.py` fixed."""

from decimal import Decimal

from fastapi import APIRouter, HTTPException
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, joinedload

from .models import Movement, Product, Setting, Supplier
from .routes import AsyncSessionDep, SyncSession

router = APIRouter()


def currency(session: Session) -> str:
    query = select(Setting.value).where(Setting.name == "currency")
    return session.scalars(query).one()


def serialize_product(product: Product) -> dict[str, object]:
    return {"sku": product.sku, "supplier": product.supplier.name}


@router.get("/products")
def product_list(session: SyncSession) -> dict[str, object]:
    products = session.scalars(
        select(Product).options(joinedload(Product.supplier)).order_by(Product.name)
    ).all()
    return {"products": [serialize_product(product) for product in products]}


@router.get("/products/{product_id}")
def product_detail(product_id: int, session: SyncSession) -> dict[str, object]:
    product = session.get(Product, product_id)
    if product is None:
        raise HTTPException(status_code=404)
    currency_code = currency(session)
    return {
        "sku": product.sku,
        "price": f"{product.price:.2f} {currency_code}",
        "price_with_shipping": f"{product.price + Decimal('4.50'):.2f} {currency_code}",
    }


@router.get("/stock/{barcode}")
def stock_by_barcode(barcode: str, session: SyncSession) -> dict[str, object]:
    # Product.barcode is indexed in the fixed variant (see models.py)
    query = select(Product.sku).where(Product.barcode == barcode)
    skus = session.scalars(query).all()
    return {"barcode": barcode, "skus": list(skus)}


@router.get("/reports/movements")
def movements_report(session: SyncSession) -> dict[str, object]:
    total = session.scalar(select(func.sum(Movement.quantity)))
    return {"moved": total or 0}


@router.get("/async/products")
async def async_product_list(session: AsyncSessionDep) -> dict[str, object]:
    products = (await session.scalars(select(Product).order_by(Product.name))).all()
    supplier_ids = {product.supplier_id for product in products}
    suppliers = await session.scalars(select(Supplier).where(Supplier.id.in_(supplier_ids)))
    names = {supplier.id: supplier.name for supplier in suppliers}
    return {
        "products": [
            {"sku": product.sku, "supplier": names.get(product.supplier_id)} for product in products
        ]
    }


async def async_currency(session: AsyncSession) -> str:
    query = select(Setting.value).where(Setting.name == "currency")
    return (await session.scalars(query)).one()


@router.get("/async/products/{product_id}")
async def async_product_detail(product_id: int, session: AsyncSessionDep) -> dict[str, object]:
    product = await session.get(Product, product_id)
    if product is None:
        raise HTTPException(status_code=404)
    currency_code = await async_currency(session)
    return {
        "sku": product.sku,
        "price": f"{product.price:.2f} {currency_code}",
        "price_with_shipping": f"{product.price + Decimal('4.50'):.2f} {currency_code}",
    }


@router.get("/async/movements/count")
async def async_movement_count(session: AsyncSessionDep) -> dict[str, object]:
    return {"count": await session.scalar(select(func.count()).select_from(Movement))}
