# corpus: safe SEC210
import random
import secrets

from fastapi import FastAPI

app = FastAPI()
COLORS = ["red", "green", "blue"]


@app.post("/documents/{doc_id}/share")
async def share(doc_id: int):
    share_token = secrets.token_urlsafe(20)
    color = random.choice(COLORS)
    return {"url": f"/shared/{doc_id}/{share_token}", "badge_color": color}
