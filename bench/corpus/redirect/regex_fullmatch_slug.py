# corpus: safe SEC106
import re

from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.get("/old-blog")
def old_blog():
    slug = request.args.get("p", "")
    if not re.fullmatch(r"[a-z0-9-]{1,80}", slug):
        abort(404)
    return redirect(f"/blog/{slug}", code=301)
