# corpus: vulnerable SEC108
from fastapi import FastAPI, Request

from .parsing import parse_order

app = FastAPI()


@app.post("/orders/xml")
async def order_xml(request: Request):
    order = parse_order(await request.body())
    return {"id": order.get("id")}
