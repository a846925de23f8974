# corpus: safe SEC106
from flask import Flask, redirect, request

app = Flask(__name__)
CANONICAL = "https://shop.example.com"


@app.before_request
def canonical_host():
    if request.host != "shop.example.com":
        return redirect(CANONICAL + request.full_path, code=301)
    return None
