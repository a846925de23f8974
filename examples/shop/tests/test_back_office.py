from decimal import Decimal

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from catalog.models import Category, Product
from orders.models import Customer, Order, OrderLine


class BackOfficeTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        users = get_user_model().objects
        cls.staff = users.create_user("ops", password="not-used-here", is_staff=True)
        garden = Category.objects.create(name="Garden", slug="garden")
        rake = Product.objects.create(
            category=garden, sku="GD-001", name="Rake", price=Decimal("19.00"), stock=50
        )
        regular = Customer.objects.create(user=users.create_user("regular"))
        buyers = [
            Customer.objects.create(
                user=users.create_user(f"buyer{number}", email=f"buyer{number}@example.com")
            )
            for number in range(1, 6)
        ]
        for number, customer in enumerate([*buyers, *[regular] * 5], start=1):
            order = Order.objects.create(
                customer=customer,
                status=Order.Status.PAID,
                subtotal=Decimal("19.00"),
                shipping_name=f"Buyer {number}",
                shipping_street="1 Main Street",
                shipping_city="Leeds",
                shipping_postcode="LS1 1AA",
                shipping_country="GB",
            )
            OrderLine.objects.create(order=order, product=rake, quantity=1, unit_price=rake.price)
        cls.regular = regular.user

    def test_recent_orders_page_lists_paid_orders(self) -> None:
        self.client.force_login(self.staff)

        response = self.client.get(reverse("orders:recent"))

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "buyer1@example.com")
        self.assertContains(response, "buyer5@example.com")

    def test_order_history_api_includes_lines(self) -> None:
        self.client.force_login(self.regular)

        response = self.client.get(reverse("orders:history"))

        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.json()), 5)
        self.assertEqual(response.json()[0]["lines"][0]["sku"], "GD-001")
