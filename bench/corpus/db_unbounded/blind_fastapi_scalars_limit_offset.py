# corpus: safe DB104
from fastapi import APIRouter, Depends, Query
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

router = APIRouter()


class Base(DeclarativeBase):
    pass


class Invoice(Base):
    __tablename__ = "invoices"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    status: Mapped[str] = mapped_column(String(12), index=True)


def get_db():
    raise NotImplementedError


@router.get("/invoices")
def list_invoices(
    status: str = "open",
    limit: int = Query(50, ge=1, le=200),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
):
    stmt = (
        select(Invoice)
        .where(Invoice.status == status)
        .order_by(Invoice.id)
        .limit(limit)
        .offset(offset)
    )
    return db.scalars(stmt).all()
