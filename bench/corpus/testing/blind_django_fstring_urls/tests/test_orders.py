def test_detail(client, order):
    assert client.get(f"/orders/{order.pk}/").status_code == 200


def test_cancel(client, order):
    response = client.post(f"/orders/{order.pk}/cancel/")
    assert response.json()["cancelled"] is True
