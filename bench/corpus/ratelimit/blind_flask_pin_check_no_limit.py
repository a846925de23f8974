# corpus: vulnerable SEC217
"""6-digit PIN for a kiosk unlock, checked with check_password_hash and no attempt limit."""

from flask import Flask, abort, request, session
from werkzeug.security import check_password_hash

from .models import Kiosk

app = Flask(__name__)


@app.route("/kiosk/<int:kiosk_id>/unlock", methods=["POST"])
def unlock_kiosk(kiosk_id):
    kiosk = Kiosk.query.get_or_404(kiosk_id)
    if not check_password_hash(kiosk.pin_hash, request.form["pin"]):
        abort(403)
    session["kiosk"] = kiosk.id
    return {"unlocked": True}
