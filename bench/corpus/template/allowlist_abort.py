# corpus: safe SEC112
from flask import Flask, abort, render_template_string, request

app = Flask(__name__)
GREETINGS = {"Hello", "Hi", "Welcome"}


@app.get("/greet")
def greet():
    greeting = request.args.get("greeting", "Hello")
    if greeting not in GREETINGS:
        abort(400)
    return render_template_string(greeting + ", {{ name }}!", name=request.args.get("name", ""))
