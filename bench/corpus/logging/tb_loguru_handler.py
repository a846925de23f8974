# corpus: vulnerable REL108
"""loguru: `.error()` in a handler does not attach the exception."""

from fastapi import FastAPI, HTTPException
from loguru import logger

from .inventory import InventoryError, reserve

app = FastAPI()


@app.post("/reservations/{sku}")
def create_reservation(sku: str, quantity: int):
    try:
        return reserve(sku, quantity)
    except InventoryError as error:
        logger.error("reservation of {} failed: {}", sku, error)
        raise HTTPException(status_code=409, detail="not available") from None
