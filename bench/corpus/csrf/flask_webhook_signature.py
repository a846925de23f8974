# corpus: safe SEC212
import hashlib
import hmac

from flask import Flask, abort, current_app, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)


@app.post("/hooks/shop")
@csrf.exempt
def shop_hook():
    key = current_app.config["HOOK_KEY"].encode()
    digest = hmac.new(key, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(digest, request.headers.get("X-Shop-Signature", "")):
        abort(403)
    return "", 204
