# corpus: vulnerable SEC112
from flask import Flask, render_template_string, request

app = Flask(__name__)
PAGE = "<html><body><h1>%s</h1>{{ content }}</body></html>"


@app.get("/page")
def page():
    title = request.args.get("title", "Home")
    return render_template_string(PAGE % title, content="Welcome")
