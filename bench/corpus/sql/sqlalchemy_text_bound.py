# corpus: safe SEC101
from typing import Annotated

from app.db import get_session
from fastapi import Depends, FastAPI
from sqlalchemy import text
from sqlalchemy.orm import Session

app = FastAPI()


@app.get("/users/{username}")
def read_user(username: str, session: Annotated[Session, Depends(get_session)]):
    row = session.execute(
        text("SELECT id, email FROM users WHERE username = :username"),
        {"username": username},
    ).first()
    return {"id": row.id, "email": row.email} if row else {}
