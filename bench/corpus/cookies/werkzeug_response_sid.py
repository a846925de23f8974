# corpus: vulnerable SEC211
from werkzeug.wrappers import Request, Response

from .store import create_session


@Request.application
def application(request):
    sid = create_session(request.form["user"])
    resp = Response("logged in")
    resp.set_cookie("sid", sid, secure=True, httponly=True)
    return resp
