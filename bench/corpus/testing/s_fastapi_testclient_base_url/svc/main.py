# corpus: safe REL120
from fastapi import APIRouter, FastAPI

app = FastAPI()
router = APIRouter(prefix="/items")


@router.get("/{item_id}")
def read_item(item_id: int):
    return {"id": item_id}


@router.delete("/{item_id}")
def delete_item(item_id: int):
    return None


@app.get("/health", name="health")
def health():
    return {"ok": True}
