# corpus: vulnerable SEC105
import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/status")
def service_status():
    host = request.args.get("host", "api.internal")
    response = requests.get(f"http://{host}/healthz", timeout=2)
    return {"healthy": response.ok}
