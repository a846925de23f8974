# corpus: vulnerable DB104
from fastapi import Depends, FastAPI
from sqlalchemy.orm import Session

from .database import get_db
from .models import Note

app = FastAPI()


@app.get("/notes")
def read_notes(db: Session = Depends(get_db)):
    notes = db.query(Note).filter(Note.archived.is_(False)).all()
    return [{"id": n.id, "text": n.text} for n in notes]
