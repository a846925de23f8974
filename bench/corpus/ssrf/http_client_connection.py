# corpus: vulnerable SEC105
import http.client

from flask import Flask, request

app = Flask(__name__)


@app.get("/ping-service")
def ping_service():
    host = request.args["host"]
    conn = http.client.HTTPConnection(host, timeout=3)
    conn.request("GET", "/healthz")
    return {"status": conn.getresponse().status}
