# corpus: vulnerable ASY102
from typing import Annotated

from fastapi import Depends, FastAPI
from sqlmodel import Session, select

from .db import engine
from .models import Hero


def get_session():
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
app = FastAPI()


@app.get("/heroes/")
async def read_heroes(session: SessionDep, offset: int = 0, limit: int = 100):
    return session.exec(select(Hero).offset(offset).limit(limit)).all()
