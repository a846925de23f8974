def test_cart(client):
    assert client.get("/cart").status_code == 404
    assert client.post("/shop/cart/3").status_code == 200
    assert client.get("/").status_code == 200
