from functools import wraps

from flask import abort, session


def author_only(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if "uid" not in session:
            abort(401)
        return view(*args, **kwargs)

    return wrapped
