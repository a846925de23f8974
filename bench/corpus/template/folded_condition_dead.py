# corpus: safe SEC112
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/hello")
def hello():
    name = request.args.get("name", "world")
    num = 50
    if 7 * 18 + num > 200:
        return render_template_string(f"<h1>Hello {name}!</h1>")
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=name)
