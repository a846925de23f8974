# corpus: safe SEC111
from flask import Flask, request

app = Flask(__name__)


@app.get("/status-badge")
def status_badge():
    match request.args.get("status"):
        case "ok":
            badge = '<span class="badge ok">OK</span>'
        case "failing":
            badge = '<span class="badge fail">Failing</span>'
        case _:
            badge = '<span class="badge">Unknown</span>'
    return badge
