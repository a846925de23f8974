# corpus: safe SEC106
from flask import Flask, redirect, request

app = Flask(__name__)
RETURN_PAGES = ("/cart", "/checkout", "/account")


@app.get("/resume")
def resume():
    wanted = request.args.get("page", "")
    target = next((page for page in RETURN_PAGES if page == wanted), "/")
    return redirect(target)
