# corpus: safe SEC106
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/legacy/items/{item_id}")
def legacy_item(item_id: int):
    return RedirectResponse(f"/items/{item_id}", status_code=301)
