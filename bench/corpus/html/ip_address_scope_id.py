# corpus: vulnerable SEC111
import ipaddress

from flask import Flask, request

app = Flask(__name__)


@app.get("/whois")
def whois():
    address = ipaddress.ip_address(request.args.get("ip", "127.0.0.1"))
    # `fe80::1%<img src=x onerror=alert(1)>` parses: the scope id is free text.
    return f"<h1>Whois for {address}</h1>"
