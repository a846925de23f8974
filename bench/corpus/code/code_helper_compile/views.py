# corpus: vulnerable SEC103
from flask import Blueprint, jsonify, request

from .formulas import compile_formula, evaluate

bp = Blueprint("pricing", __name__)


@bp.post("/pricing/preview")
def preview_price():
    code = compile_formula(request.form["formula"])
    return jsonify(price=evaluate(code, {"base": 10.0, "qty": 3}))
