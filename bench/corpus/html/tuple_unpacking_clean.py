# corpus: safe SEC111
from flask import Flask, request

app = Flask(__name__)


@app.get("/compare")
def compare():
    title, token = "Comparison", request.args.get("token", "")
    app.logger.debug("compare token %s", token[:8])
    return f"<h1>{title}</h1><p>Select two products.</p>"
