from rest_framework.reverse import reverse


def test_list(api_client):
    assert api_client.get(reverse("payment-list")).status_code == 200


def test_detail(api_client, payment):
    url = reverse("payment-detail", args=[payment.pk])
    assert api_client.get(url).status_code == 200
