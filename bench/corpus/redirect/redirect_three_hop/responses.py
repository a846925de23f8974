from flask import redirect


def go_back(url: str):
    return redirect(url, code=303)
