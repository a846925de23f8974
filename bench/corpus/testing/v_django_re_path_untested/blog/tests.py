def test_archive(client):
    assert client.get("/archive/24/").status_code == 404
