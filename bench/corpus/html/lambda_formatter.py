# corpus: vulnerable SEC111
from flask import Flask, request

app = Flask(__name__)
FORMATTERS = {
    "bold": lambda text: f"<b>{text}</b>",
    "italic": lambda text: f"<i>{text}</i>",
}


@app.get("/format")
def format_text():
    style = FORMATTERS.get(request.args.get("style", "bold"), FORMATTERS["bold"])
    return style(request.args.get("text", ""))
