# corpus: safe SEC105
import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/billing/balance")
def balance():
    config = {"base": "https://billing.internal", "customer": request.args["customer"]}
    response = requests.get(
        config["base"] + "/api/balance", params={"customer": config["customer"]}, timeout=5
    )
    return response.json()
