# corpus: safe SEC114
import uuid

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/ping")
def ping():
    try:
        request_id = uuid.UUID(request.headers.get("X-Request-Id", ""))
    except ValueError:
        request_id = uuid.uuid4()
    response = jsonify(pong=True)
    response.headers["X-Request-Id"] = str(request_id)
    return response
