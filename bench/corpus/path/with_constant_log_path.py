# corpus: safe SEC104
import json

from flask import Flask, request

app = Flask(__name__)


@app.post("/feedback")
def feedback():
    entry = {"page": request.form.get("page"), "message": request.form.get("message")}
    with open("/var/lib/app/feedback.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")
    return "", 204
