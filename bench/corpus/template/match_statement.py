# corpus: safe SEC112
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/alert")
def alert():
    match request.args.get("level"):
        case "error":
            source = "<div class='error'>{{ text }}</div>"
        case _:
            source = "<div class='info'>{{ text }}</div>"
    return render_template_string(source, text=request.args.get("text", ""))
