# corpus: vulnerable REL120
from fastapi import APIRouter

router = APIRouter(prefix="/items", tags=["items"])


@router.get("/")
def list_items():
    return []


@router.get("/{item_id}")
def get_item(item_id: int):
    return {"id": item_id}


@router.delete("/{item_id}")
def delete_item(item_id: int):
    return None
