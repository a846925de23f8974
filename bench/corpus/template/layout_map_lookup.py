# corpus: safe SEC112
from flask import Flask, render_template_string, request

app = Flask(__name__)
LAYOUTS = {
    "plain": "<p>{{ body }}</p>",
    "boxed": "<div class='box'>{{ body }}</div>",
}


@app.get("/note")
def note():
    layout = LAYOUTS.get(request.args.get("layout", "plain"), LAYOUTS["plain"])
    return render_template_string(layout, body=request.args.get("body", ""))
