def test_list(api_client):
    assert api_client.get("/api/v1/orders/").status_code == 200
