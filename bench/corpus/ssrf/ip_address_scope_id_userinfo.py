# corpus: vulnerable SEC105
import ipaddress

import requests
from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/port-check")
def port_check():
    address = ipaddress.ip_address(request.args["ip"])
    if not address.is_global:
        abort(400)
    # `2001:4860::1%@169.254.169.254` is a global address whose scope id turns the
    # URL below into userinfo + the metadata service's host.
    response = requests.get(f"http://{address}:80/", timeout=3, allow_redirects=False)
    return {"status": response.status_code}
