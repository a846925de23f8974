# corpus: vulnerable SEC106
from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/bounce")
def bounce():
    target, reason = request.args["to"], "expired"
    app.logger.info("bounce: %s", reason)
    return redirect(target)
