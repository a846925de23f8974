# corpus: safe SEC113
from flask import Flask, request, session

app = Flask(__name__)


@app.post("/preferences/page-size")
def page_size():
    session["page_size"] = max(10, min(int(request.form.get("size", "20")), 100))
    return "", 204
