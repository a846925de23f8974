# corpus: vulnerable REL103
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/webhooks/stripe")
def stripe_webhook():
    event = request.get_json()
    try:
        record_payment(event["data"]["object"])
    except Exception:
        pass
    return jsonify(received=True)


def record_payment(payment):
    return payment
