# corpus: vulnerable SEC105
import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/probe")
def probe():
    scheme, host = "https", request.args["host"]
    return {"status": requests.get(f"{scheme}://{host}/", timeout=3).status_code}
