# corpus: safe SEC112
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/banner")
def banner():
    layout = request.args.get("layout", "")
    # Custom banner layouts were removed in 2.3.
    layout = "<div class='banner'>{{ text }}</div>"
    return render_template_string(layout, text=request.args.get("text", ""))
