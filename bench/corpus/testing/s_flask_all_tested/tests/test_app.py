from flask import url_for


def test_cart(client, app):
    with app.test_request_context():
        assert client.get(url_for("shop.cart")).status_code == 200
    assert client.post("/shop/cart/3").status_code == 200
    assert client.get("/").status_code == 200
