# corpus: safe SEC105
import httpx
from fastapi import FastAPI

app = FastAPI()
users_api = httpx.Client(base_url="https://users.internal", timeout=5)


@app.get("/users/search")
def search_users(q: str):
    return users_api.get("/search", params={"q": q}).json()
