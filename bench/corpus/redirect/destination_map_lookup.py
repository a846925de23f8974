# corpus: safe SEC106
from flask import Flask, redirect, request

app = Flask(__name__)
DESTINATIONS = {
    "orders": "/account/orders",
    "settings": "/account/settings",
    "billing": "/account/billing",
}


@app.get("/go")
def go():
    return redirect(DESTINATIONS.get(request.args.get("to", ""), "/account"))
