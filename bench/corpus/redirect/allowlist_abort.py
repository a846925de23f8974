# corpus: safe SEC106
from flask import Flask, abort, redirect, request

app = Flask(__name__)
PARTNER_URLS = {"https://partner-a.example/welcome", "https://partner-b.example/welcome"}


@app.get("/partner")
def partner():
    url = request.args.get("url", "")
    if url not in PARTNER_URLS:
        abort(400)
    return redirect(url)
