# corpus: safe SEC210
import random

from fastapi import FastAPI

app = FastAPI()


@app.get("/roll")
async def roll(sides: int = 6):
    return {"roll": random.randint(1, sides)}
