# corpus: safe SEC112
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/countdown")
def countdown():
    days = int(request.args.get("days", "7"))
    return render_template_string(f"<p>{days} days left, {{{{ name }}}}!</p>", name="friend")
