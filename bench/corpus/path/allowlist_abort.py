# corpus: safe SEC104
from flask import Flask, abort, request

app = Flask(__name__)
LEGAL_PAGES = {"terms.html", "privacy.html", "cookies.html"}


@app.get("/legal")
def legal():
    page = request.args.get("page", "terms.html")
    if page not in LEGAL_PAGES:
        abort(404)
    with open(f"/srv/app/legal/{page}", encoding="utf-8") as fh:
        return fh.read()
