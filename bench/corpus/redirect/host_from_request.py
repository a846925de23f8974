# corpus: vulnerable SEC106
from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/switch-tenant")
def switch_tenant():
    tenant_host = request.args["tenant"]
    return redirect(f"https://{tenant_host}/dashboard")
