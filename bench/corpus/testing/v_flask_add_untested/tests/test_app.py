def test_cart(client):
    assert client.get("/shop/cart").status_code == 200


def test_home(client):
    assert client.get("/").status_code == 200
