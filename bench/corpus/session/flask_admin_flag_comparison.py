# corpus: vulnerable SEC113
from flask import Flask, request, session

app = Flask(__name__)


@app.get("/preview-mode")
def preview_mode():
    session["is_admin"] = request.args.get("admin") == "1"
    return {"ok": True}
