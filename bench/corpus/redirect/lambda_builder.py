# corpus: vulnerable SEC106
from flask import Flask, redirect, request

app = Flask(__name__)
TARGETS = {
    "docs": lambda page: f"https://docs.example.com/{page}",
    "custom": lambda page: page,
}


@app.get("/help")
def help_page():
    build = TARGETS.get(request.args.get("kind", "docs"), TARGETS["docs"])
    return redirect(build(request.args.get("page", "")))
