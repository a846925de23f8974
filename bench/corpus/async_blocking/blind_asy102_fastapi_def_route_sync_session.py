# corpus: safe ASY102
from fastapi import Depends, FastAPI
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(20), index=True)


app = FastAPI()


def get_db():
    raise NotImplementedError


@app.get("/orders/open")
def open_orders(db: Session = Depends(get_db)):
    # A plain def route: FastAPI runs it in its thread pool, the sync session is fine here.
    return [o.id for o in db.scalars(select(Order).where(Order.status == "open").limit(100))]
