# corpus: safe DB101
from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from .db import get_session
from .models import User

router = APIRouter()


@router.get("/users")
def list_users(session: Session = Depends(get_session)):
    users = session.scalars(
        select(User).options(joinedload(User.team)).order_by(User.id).limit(100)
    ).all()
    return [{"email": u.email, "team": u.team.name} for u in users]
