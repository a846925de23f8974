# corpus: vulnerable SEC105
import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/integrations/test")
def test_integration():
    config = {"timeout": 5, "endpoint": request.form["endpoint"]}
    response = requests.get(config["endpoint"], timeout=config["timeout"])
    return {"ok": response.ok}
