# corpus: vulnerable DB101
from flask import Blueprint, jsonify

from .models import Invoice

bp = Blueprint("billing", __name__)


@bp.route("/unpaid")
def unpaid():
    invoices = Invoice.query.filter_by(paid=False).all()
    return jsonify([{"id": i.id, "client": i.client.name} for i in invoices])
