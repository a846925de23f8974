# corpus: vulnerable SEC217
from fastapi import FastAPI

app = FastAPI()


@app.post("/mfa/totp")
async def check_totp(code: str):
    return {"ok": code == "123456"}
