# corpus: safe REL103
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.post("/webhooks/stripe")
def stripe_webhook():
    event = request.get_json()
    try:
        record_payment(event["data"]["object"])
    except Exception:
        logger.exception("stripe webhook failed")
        raise
    return jsonify(received=True)


def record_payment(payment):
    return payment
