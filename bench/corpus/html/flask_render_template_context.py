# corpus: safe SEC111
from flask import Flask, render_template, request

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    return render_template("search.html", q=q, results=[])
