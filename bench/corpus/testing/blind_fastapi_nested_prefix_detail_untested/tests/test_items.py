from fastapi.testclient import TestClient
from svc.main import app

client = TestClient(app)


def test_list_items():
    assert client.get("/api/v1/items/").json() == []


def test_get_item():
    assert client.get("/api/v1/items/7").json() == {"id": 7}
