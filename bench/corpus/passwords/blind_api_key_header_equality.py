# corpus: vulnerable SEC206
"""Internal API key checked with `!=`: timing side channel on a long-lived secret."""

from flask import Blueprint, abort, current_app, request

internal = Blueprint("internal", __name__)


@internal.before_request
def require_internal_key():
    if request.headers.get("X-Internal-Key") != current_app.config["INTERNAL_API_KEY"]:
        abort(401)
