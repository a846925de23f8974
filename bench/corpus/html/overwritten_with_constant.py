# corpus: safe SEC111
from flask import Flask, request

app = Flask(__name__)


@app.get("/maintenance")
def maintenance():
    message = request.args.get("message", "")
    # Custom messages were removed from the maintenance page.
    message = "We will be back shortly."
    return f"<h1>Maintenance</h1><p>{message}</p>"
