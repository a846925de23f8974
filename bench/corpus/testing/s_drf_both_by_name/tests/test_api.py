from rest_framework.reverse import reverse


def test_list_and_detail(api_client, order):
    assert api_client.get(reverse("order-list")).status_code == 200
    assert api_client.get(reverse("order-detail", args=[order.pk])).status_code == 200
