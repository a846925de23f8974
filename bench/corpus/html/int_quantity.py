# corpus: safe SEC111
from flask import Flask, request

app = Flask(__name__)


@app.post("/cart/add")
def add_to_cart():
    quantity = int(request.form.get("quantity", "1"))
    return f"<p>Added {quantity} item(s) to your cart.</p>"
