def test_archive(client):
    assert client.get("/archive/2024/").status_code == 200
