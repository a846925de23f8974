# corpus: safe SEC106
from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/bounce")
def bounce():
    target, reason = "/login", request.args.get("reason", "expired")
    app.logger.debug("bounce reason: %r", reason)
    return redirect(target)
