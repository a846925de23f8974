def test_items(client, app):
    assert client.get("/items/5").status_code == 200
    assert client.delete("/items/5").status_code == 200
    assert client.get(app.url_path_for("health")).status_code == 200
