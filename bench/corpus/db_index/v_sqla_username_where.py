# corpus: vulnerable DB201
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from .deps import get_db


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50))
    display_name: Mapped[str] = mapped_column(String(100))


router = APIRouter()


@router.get("/accounts/{username}")
def read_account(username: str, db: Session = Depends(get_db)):
    account = db.scalars(select(Account).where(Account.username == username)).one_or_none()
    if account is None:
        raise HTTPException(status_code=404)
    return {"id": account.id, "display_name": account.display_name}
