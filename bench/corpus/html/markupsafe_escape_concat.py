# corpus: safe SEC111
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.post("/orders/cancel")
def cancel_order():
    reason = escape(request.form.get("reason", ""))
    return "<p>Cancelled: %s</p>" % reason, 200
