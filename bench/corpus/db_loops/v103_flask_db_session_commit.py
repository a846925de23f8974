# corpus: vulnerable DB103
from flask import Blueprint, request

from .extensions import db
from .models import Subscriber

bp = Blueprint("newsletter", __name__)


@bp.post("/subscribers/import")
def import_subscribers():
    for email in request.get_json()["emails"]:
        db.session.add(Subscriber(email=email))
        db.session.commit()
    return {"ok": True}
