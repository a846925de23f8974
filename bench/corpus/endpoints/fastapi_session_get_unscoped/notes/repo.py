from sqlalchemy import select

from notes.models import Note


def notes_of(session, current_user):
    return session.scalars(select(Note).where(Note.user_id == current_user.id)).all()
