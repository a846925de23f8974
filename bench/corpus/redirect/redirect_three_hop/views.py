# corpus: vulnerable SEC106
from flask import Blueprint, request

from redirect_three_hop.flow import complete_payment

bp = Blueprint("payments", __name__)


@bp.get("/payments/complete")
def complete():
    return complete_payment(request.args["order"], request.args["return_url"])
