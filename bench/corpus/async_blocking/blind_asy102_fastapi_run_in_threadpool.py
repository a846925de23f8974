# corpus: safe ASY102
from fastapi import FastAPI
from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from starlette.concurrency import run_in_threadpool


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(20), index=True)


app = FastAPI()
engine = create_engine("sqlite:///app.db")


def _count_open() -> int:
    with Session(engine) as session:
        return len(session.execute(select(Order.id).where(Order.status == "open")).all())


@app.get("/orders/count")
async def count_open():
    return {"open": await run_in_threadpool(_count_open)}
