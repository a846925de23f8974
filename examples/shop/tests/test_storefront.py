from decimal import Decimal
from unittest import mock

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from catalog.models import Category, Product
from orders.models import Customer
from orders.services.checkout import CartItem, ShippingAddress, place_order
from payments.services.gateway import Charge
from shipping.services.rates import Rate

ADDRESS = ShippingAddress("Grace Hopper", "2 Compiler Road", "Arlington", "22201", "US")
RATES = [Rate("ups", "ground", Decimal("7.50"), "EUR", 3)]


class StorefrontTestData(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        user = get_user_model().objects.create_user(
            "grace", email="grace@example.com", password="not-used-here"
        )
        cls.customer = Customer.objects.create(user=user)
        tools = Category.objects.create(name="Tools", slug="tools")
        cls.products = Product.objects.bulk_create(
            Product(
                category=tools,
                sku=f"TL-{number:03d}",
                name=f"Screwdriver No. {number}",
                price=Decimal("9.90"),
                stock=10,
                is_active=number != 6,
            )
            for number in range(1, 7)
        )


@mock.patch("orders.services.checkout.fetch_rates", return_value=RATES)
class ReceiptTests(StorefrontTestData):
    def test_receipt_lists_every_line(self, _rates: mock.Mock) -> None:
        gateway = mock.Mock()
        gateway.create_charge.return_value = Charge("ch_2", "succeeded", Decimal("57.00"), "EUR")
        cart = [CartItem(product.sku, 1) for product in self.products[:5]]

        order = place_order(self.customer, cart, ADDRESS, "tok_visa", gateway=gateway)

        self.assertEqual(order.lines.count(), 5)
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, ["grace@example.com"])
        for product in self.products[:5]:
            self.assertIn(f"1 x {product.name}: 9.90", mail.outbox[0].body)


class ProductListTests(StorefrontTestData):
    def test_lists_active_products_only(self) -> None:
        response = self.client.get(reverse("catalog:product-list"))

        self.assertEqual(response.status_code, 200)
        skus = [product["sku"] for product in response.json()["products"]]
        self.assertEqual(skus, [f"TL-{number:03d}" for number in range(1, 6)])
        self.assertEqual(response.json()["products"][0]["category"], "tools")
