# corpus: vulnerable SEC216
from fastapi import Depends, FastAPI
from sqlalchemy.orm import Session

from notes.models import Note

app = FastAPI()


def get_session():
    yield None


def get_current_user():
    return None


@app.get("/notes/{note_id}")
def read_note(
    note_id: int, session: Session = Depends(get_session), user=Depends(get_current_user)
):
    note = session.get(Note, note_id)
    return {"body": note.body}
