# corpus: safe SEC105
import requests
from flask import Flask, abort, request

app = Flask(__name__)
PARTNER_HOSTS = frozenset({"api.partner-a.com", "api.partner-b.com"})


@app.get("/partners/status")
def partner_status():
    host = request.args["host"]
    if host not in PARTNER_HOSTS:
        abort(400)
    response = requests.get(f"https://{host}/v1/status", timeout=5)
    return {"status": response.status_code}
