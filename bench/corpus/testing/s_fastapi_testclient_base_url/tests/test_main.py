from fastapi.testclient import TestClient
from svc.main import app


def test_items():
    client = TestClient(app)
    item_id = 7
    assert client.get(f"/items/{item_id}").status_code == 200
    assert client.delete(f"http://testserver/items/{item_id}").status_code == 200
    assert client.get("/health").status_code == 200
