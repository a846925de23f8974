# corpus: vulnerable SEC102
import os
import tempfile

from flask import Flask, request

app = Flask(__name__)


@app.post("/mirror")
def mirror():
    url = request.form["url"]
    with tempfile.NamedTemporaryFile(suffix=".html") as tmp:
        os.system(f"wget -q -O {tmp.name} {url}")
        size = os.path.getsize(tmp.name)
    return {"bytes": size}
