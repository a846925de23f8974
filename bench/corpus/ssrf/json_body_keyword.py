# corpus: safe SEC105
import httpx
from fastapi import FastAPI

app = FastAPI()
SLACK_WEBHOOK = "https://hooks.slack.com/services/T000/B000/XXXX"


@app.post("/feedback")
async def feedback(message: str, email: str):
    async with httpx.AsyncClient(timeout=5) as client:
        await client.post(SLACK_WEBHOOK, json={"text": f"{email}: {message}"})
    return {"sent": True}
