# corpus: vulnerable SEC112
import html

from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/search")
def search():
    q = html.escape(request.args.get("q", ""))
    # `{{ 7*7 }}` has nothing for html.escape to escape.
    return render_template_string("<p>Results for " + q + "</p>")
