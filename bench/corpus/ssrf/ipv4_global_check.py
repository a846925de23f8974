# corpus: safe SEC105
import ipaddress

import requests
from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/port-check")
def port_check():
    address = ipaddress.IPv4Address(request.args["ip"])
    if not address.is_global:
        abort(400)
    response = requests.get(f"http://{address}:80/", timeout=3, allow_redirects=False)
    return {"status": response.status_code}
