def test_list_and_detail(api_client, order):
    assert api_client.get("/api/v1/orders/").status_code == 200
    assert api_client.get(f"/api/v1/orders/{order.pk}/").status_code == 200
