"""Paylane webhook receiver: checks signatures and forwards events to the shop's internal API."""

import hashlib
import hmac
import logging
import os
import time

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
logger = logging.getLogger("webhooks")

SIGNING_SECRET = os.environ.get("PAYLANE_WEBHOOK_SECRET", "").encode()
SHOP_EVENTS_URL = os.environ.get("SHOP_EVENTS_URL", "http://127.0.0.1:8000/api/payments/events/")
FORWARD_TOKEN = os.environ.get("WEBHOOK_FORWARD_TOKEN", "")
TOLERANCE_SECONDS = 300
FORWARDED_EVENTS = {"charge.refunded", "charge.failed"}


def verify_signature(payload: bytes, header: str) -> bool:
    """Paylane signs `"{timestamp}.{body}"`; the header is `t=<timestamp>,v1=<hex hmac>`."""
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    try:
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(SIGNING_SECRET, signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts.get("v1", ""))


@app.post("/paylane")
def paylane_webhook():
    if not verify_signature(request.get_data(), request.headers.get("Paylane-Signature", "")):
        abort(400)
    event = request.get_json(silent=True) or {}
    if event.get("type") not in FORWARDED_EVENTS:
        return jsonify(status="ignored")

    try:
        response = requests.post(
            SHOP_EVENTS_URL,
            json=event,
            headers={"X-Internal-Token": FORWARD_TOKEN},
            timeout=5,
        )
    except requests.RequestException:
        logger.exception("Could not forward event %s", event.get("id"))
        return jsonify(status="retry"), 503
    if response.status_code >= 500:
        return jsonify(status="retry"), 503
    return jsonify(status="forwarded")


app.run(debug=True, host="0.0.0.0")
