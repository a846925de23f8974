# corpus: vulnerable SEC106
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/oauth/done")
def oauth_done(return_to: str = "/"):
    return RedirectResponse(url=return_to, status_code=303)
