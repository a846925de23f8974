# corpus: safe SEC214
from fastapi import APIRouter, Depends, Header


def get_current_user(authorization: str = Header()):
    return authorization


router = APIRouter(prefix="/carts", dependencies=[Depends(get_current_user)])


@router.get("/{cart_id}")
def read_cart(cart_id: int, user=Depends(get_current_user)):
    return {"id": cart_id}


@router.post("/{cart_id}/items")
def add_item(cart_id: int, sku: str, user=Depends(get_current_user)):
    return {"sku": sku}


@router.delete("/{cart_id}/items/{sku}")
def remove_item(cart_id: int, sku: str):
    return None
