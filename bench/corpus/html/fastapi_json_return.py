# corpus: safe SEC111
from fastapi import FastAPI

app = FastAPI()


@app.get("/unsubscribe")
def unsubscribe(email: str):
    return {"message": f"{email} has been unsubscribed."}
