def test_list(client):
    assert client.get("/orders/").status_code == 200


def test_detail(client, order):
    assert client.get(f"/orders/{order.pk}/").status_code == 200


def test_cancel(client, order):
    assert client.post(f"/orders/{order.pk}/cancel/").status_code == 302
