from django.urls import reverse


def test_list(client):
    assert client.get(reverse("orders:list")).status_code == 200


def test_detail(client):
    assert client.get("/orders/1/").status_code == 200
