# corpus: safe SEC105
import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/probe")
def probe():
    host, note = "status.internal", request.args.get("note", "")
    response = requests.get(f"https://{host}/", headers={"X-Note": note}, timeout=3)
    return {"status": response.status_code}
