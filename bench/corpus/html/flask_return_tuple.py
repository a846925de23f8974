# corpus: vulnerable SEC111
from flask import Flask, request

app = Flask(__name__)


@app.post("/orders/cancel")
def cancel_order():
    reason = request.form.get("reason", "")
    if len(reason) > 500:
        return "<p>Reason too long</p>", 400
    return "<p>Cancelled: " + reason + "</p>", 200
