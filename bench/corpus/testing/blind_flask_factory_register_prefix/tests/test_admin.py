from flask import url_for


def test_users(client):
    assert client.get("/admin/users/").status_code == 200


def test_user_detail(client):
    with client.application.test_request_context():
        url = url_for("admin.user_detail", user_id=1)
    assert client.get(url).status_code == 200
