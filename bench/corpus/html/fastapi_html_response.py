# corpus: vulnerable SEC111
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/unsubscribe", response_class=HTMLResponse)
def unsubscribe(email: str):
    return HTMLResponse(content=f"<p>{email} has been unsubscribed.</p>")
