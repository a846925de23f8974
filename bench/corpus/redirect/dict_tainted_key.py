# corpus: vulnerable SEC106
from flask import Flask, redirect, request

app = Flask(__name__)


@app.post("/subscribe")
def subscribe():
    flow = {"plan": "basic", "done_url": request.form.get("done_url", "/")}
    return redirect(flow["done_url"])
