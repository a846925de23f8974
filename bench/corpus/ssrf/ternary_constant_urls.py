# corpus: safe SEC105
import requests
from flask import Flask, request

app = Flask(__name__)
SANDBOX = "https://sandbox.payments.example.com/v1/balance"
LIVE = "https://payments.example.com/v1/balance"


@app.get("/payments/balance")
def payments_balance():
    url = SANDBOX if request.args.get("mode") == "test" else LIVE
    return requests.get(url, timeout=5).json()
