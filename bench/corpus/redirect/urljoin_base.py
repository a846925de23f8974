# corpus: vulnerable SEC106
from urllib.parse import urljoin

from flask import Flask, redirect, request

app = Flask(__name__)
BASE = "https://shop.example.com/"


@app.get("/after-cart")
def after_cart():
    # urljoin(BASE, "//evil.example/x") is "https://evil.example/x".
    return redirect(urljoin(BASE, request.args.get("next", "")))
