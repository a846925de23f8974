# corpus: vulnerable SEC216
from flask import Blueprint, jsonify
from flask_login import current_user, login_required

from tickets.models import Ticket

bp = Blueprint("tickets", __name__)


@bp.get("/tickets")
@login_required
def my_tickets():
    rows = Ticket.query.filter_by(requester_id=current_user.id).all()
    return jsonify([t.id for t in rows])


@bp.get("/tickets/<int:ticket_id>")
@login_required
def ticket(ticket_id):
    found = Ticket.query.get_or_404(ticket_id)
    return jsonify({"id": found.id})
