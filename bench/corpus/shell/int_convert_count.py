# corpus: safe SEC102
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/diagnostics/ping")
def ping():
    count = int(request.form.get("count", "1"))
    status = os.system(f"ping -c {count} -W 2 10.0.0.1 > /dev/null")
    return {"reachable": status == 0}
