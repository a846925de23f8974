from django.urls import reverse


def test_index(client):
    assert client.get(reverse("reports:index")).status_code == 200
