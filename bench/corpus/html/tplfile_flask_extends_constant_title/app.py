# corpus: safe SEC111
from flask import Flask, render_template, request

from .search import find_posts

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    posts = find_posts(q) if q else []
    return render_template(
        "search.html",
        page_title="Search results &ndash; all posts",
        q=q,
        posts=posts,
    )
