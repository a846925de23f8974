# corpus: vulnerable SEC105
import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/api-console")
def api_console():
    body = request.get_json()
    response = requests.request(body.get("method", "GET"), body["url"], timeout=10)
    return response.text, response.status_code
