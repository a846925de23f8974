# corpus: safe ASY102
from fastapi import Depends, FastAPI
from sqlalchemy import String, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

app = FastAPI()


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(500))


async def get_db():
    raise NotImplementedError
    yield


@app.post("/notes")
async def add_note(text: str, db: AsyncSession = Depends(get_db)):
    db.add(Note(text=text))  # add() only stages the object; no I/O
    await db.commit()
    result = await db.execute(select(Note).order_by(Note.id.desc()).limit(20))
    return [n.text for n in result.scalars().all()]  # reads the buffered result
