# corpus: vulnerable SEC216
"""SQLAlchemy 2.0 `select().where()` style: the list is scoped, the detail is not."""

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from docs_app.deps import get_current_user, get_db
from docs_app.models import Document

router = APIRouter(prefix="/documents")


@router.get("/")
def my_documents(db: Session = Depends(get_db), user=Depends(get_current_user)):
    return db.scalars(select(Document).where(Document.owner_id == user.id)).all()


@router.get("/{doc_id}")
def read_document(doc_id: int, db: Session = Depends(get_db), user=Depends(get_current_user)):
    doc = db.execute(select(Document).where(Document.id == doc_id)).scalar_one_or_none()
    if doc is None:
        raise HTTPException(status_code=404)
    return doc
