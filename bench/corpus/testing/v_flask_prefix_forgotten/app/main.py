# corpus: vulnerable REL120
from flask import Blueprint, Flask

app = Flask(__name__)
shop = Blueprint("shop", __name__, url_prefix="/shop")


@shop.route("/cart")
def cart():
    return "cart"


@shop.post("/cart/<int:item_id>")
def add_to_cart(item_id):
    return "ok"


@app.get("/")
def home():
    return "home"
