# corpus: vulnerable SEC112
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/card")
def card():
    title, footer = request.args.get("title", ""), "{{ year }}"
    return render_template_string("<h2>" + title + "</h2>" + footer, year=2024)
