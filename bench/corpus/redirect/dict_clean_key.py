# corpus: safe SEC106
from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.post("/subscribe")
def subscribe():
    flow = {"done_url": "/thanks", "plan": request.form.get("plan", "basic")}
    session["plan"] = "pro" if flow["plan"] == "pro" else "basic"
    return redirect(flow["done_url"])
