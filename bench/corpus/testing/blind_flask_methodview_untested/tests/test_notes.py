from app.api import app


def test_list_notes():
    client = app.test_client()
    assert client.get("/notes/").status_code == 200
