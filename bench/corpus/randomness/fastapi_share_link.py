# corpus: vulnerable SEC210
import random
import string

from fastapi import FastAPI

app = FastAPI()


@app.post("/documents/{doc_id}/share")
async def share(doc_id: int):
    share_token = "".join(random.choices(string.ascii_lowercase + string.digits, k=20))
    return {"url": f"/shared/{doc_id}/{share_token}"}
