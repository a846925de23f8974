from django.test import TestCase
from django.urls import reverse

from orders.models import Order


class OrderViewsTests(TestCase):
    def setUp(self):
        self.order = Order.objects.create(total=10)

    def test_list(self):
        self.assertEqual(self.client.get(reverse("orders:list")).status_code, 200)

    def test_detail(self):
        url = reverse("orders:detail", args=[self.order.pk])
        self.assertEqual(self.client.get(url).status_code, 200)
