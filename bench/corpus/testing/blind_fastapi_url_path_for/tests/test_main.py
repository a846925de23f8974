from fastapi.testclient import TestClient
from svc.main import app

client = TestClient(app)


def test_get_item():
    assert client.get("/api/v1/items/3").json() == {"id": 3}


def test_delete_item():
    url = app.url_path_for("remove_item", item_id=3)
    assert client.delete(url).status_code == 200
