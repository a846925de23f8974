# corpus: vulnerable SEC111
from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/billing/trial", response_class=HTMLResponse)
async def trial_reminder(request: Request, days: str = Query("14")):
    message = f"Your trial ends in <strong>{days}</strong> days."
    return templates.TemplateResponse(
        request,
        "billing/trial.html",
        {"heading": "Trial reminder", "message": message},
    )
