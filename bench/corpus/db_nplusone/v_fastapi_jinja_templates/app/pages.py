# corpus: vulnerable DB101
from fastapi import APIRouter, Request
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import User

router = APIRouter()
templates = Jinja2Templates(directory="templates")


@router.get("/people")
def people(request: Request, session: Session):
    users = session.scalars(select(User).limit(20)).all()
    return templates.TemplateResponse(request, "people.html", {"users": users})
