# corpus: safe REL120
from fastapi import APIRouter, FastAPI

router = APIRouter()


@router.get("/items/{item_id}")
def get_item(item_id: int):
    return {"id": item_id}


@router.delete("/items/{item_id}", name="remove_item")
def delete_item(item_id: int):
    return None


app = FastAPI()
app.include_router(router, prefix="/api/v1")
