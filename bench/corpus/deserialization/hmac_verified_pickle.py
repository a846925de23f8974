# corpus: safe SEC107
import base64
import hashlib
import hmac
import os
import pickle

from flask import Flask, abort, request

app = Flask(__name__)
SECRET_KEY = os.environ["CART_SIGNING_KEY"].encode()


@app.get("/cart")
def cart():
    blob = base64.b64decode(request.cookies.get("cart", ""))
    signature = request.cookies.get("cart_sig", "")
    expected = hmac.new(SECRET_KEY, blob, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        abort(400)
    return {"count": len(pickle.loads(blob))}
