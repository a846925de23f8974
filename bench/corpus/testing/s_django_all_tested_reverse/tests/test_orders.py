from django.urls import reverse


def test_all(client, order):
    for name in ("orders:list",):
        assert client.get(reverse(name)).status_code == 200
    assert client.get(reverse("orders:list")).status_code == 200
    assert client.get(reverse("orders:detail", args=[order.pk])).status_code == 200
    assert client.post(reverse("orders:cancel", kwargs={"pk": order.pk})).status_code == 302
