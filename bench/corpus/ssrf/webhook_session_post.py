# corpus: vulnerable SEC105
import requests
from flask import Flask, request

app = Flask(__name__)
session = requests.Session()


@app.post("/webhooks/test")
def test_webhook():
    hook = request.get_json()["url"]
    result = session.post(hook, json={"event": "ping"}, timeout=5)
    return {"delivered": result.ok}
