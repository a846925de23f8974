def test_read(client):
    assert client.get("/items/5").status_code == 200
