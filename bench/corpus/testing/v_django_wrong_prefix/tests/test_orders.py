def test_list(client):
    assert client.get("/orders/").status_code == 200


def test_detail(client):
    assert client.get("/order/1/").status_code == 200


def test_cancel(client):
    assert client.post("/orders/1/cancel/").status_code == 302
