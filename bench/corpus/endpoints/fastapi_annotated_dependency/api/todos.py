# corpus: vulnerable SEC214
from fastapi import APIRouter

from api.auth import CurrentUser

router = APIRouter()


@router.get("/todos")
def todos(user: CurrentUser):
    return []


@router.post("/todos")
def add_todo(title: str, user: CurrentUser):
    return {"title": title}


@router.patch("/todos/{tid}")
def rename_todo(tid: int, title: str):
    return {"title": title}
