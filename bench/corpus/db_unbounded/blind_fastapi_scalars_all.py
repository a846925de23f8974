# corpus: vulnerable DB104
from fastapi import APIRouter, Depends
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
def list_invoices(status: str = "open", db: Session = Depends(get_db)):
    stmt = select(Invoice).where(Invoice.status == status).order_by(Invoice.id)
    return db.scalars(stmt).all()
