# corpus: safe SEC211
"""All three attributes set through a shared constant options dict."""

import secrets

from flask import jsonify

COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Strict", "max_age": 3600}


def start_session(store, user):
    sid = secrets.token_urlsafe(32)
    store.save(sid, user.id)
    resp = jsonify(ok=True)
    resp.set_cookie("sid", sid, **COOKIE_OPTS)
    return resp
