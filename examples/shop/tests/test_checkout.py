from decimal import Decimal
from unittest import mock

from django.contrib.auth import get_user_model
from django.test import TestCase

from catalog.models import Category, Product
from orders.models import Customer, Order
from orders.services.checkout import (
    CartItem,
    OutOfStock,
    PaymentFailed,
    ShippingAddress,
    place_order,
)
from payments.models import Payment
from payments.services.gateway import Charge, PaymentDeclined
from shipping.services.rates import Rate

ADDRESS = ShippingAddress("Ada Lovelace", "1 Analytical Way", "Berlin", "10115", "DE")
RATES = [Rate("dhl", "parcel", Decimal("4.99"), "EUR", 2)]


@mock.patch("orders.services.checkout.fetch_rates", return_value=RATES)
class PlaceOrderTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        user = get_user_model().objects.create_user("ada", password="not-used-here")
        cls.customer = Customer.objects.create(user=user)
        books = Category.objects.create(name="Books", slug="books")
        cls.product = Product.objects.create(
            category=books, sku="BK-001", name="Notes", price=Decimal("20.00"), stock=3
        )

    def gateway(self, **kwargs: object) -> mock.Mock:
        gateway = mock.Mock()
        gateway.create_charge.return_value = Charge("ch_1", "succeeded", Decimal("44.99"), "EUR")
        gateway.create_charge.configure_mock(**kwargs)
        return gateway

    def test_paid_order_takes_stock_and_records_payment(self, _rates: mock.Mock) -> None:
        order = place_order(
            self.customer, [CartItem("BK-001", 2)], ADDRESS, "tok_visa", gateway=self.gateway()
        )
        self.assertEqual(order.status, Order.Status.PAID)
        self.assertEqual(order.total, Decimal("44.99"))
        self.product.refresh_from_db()
        self.assertEqual(self.product.stock, 1)
        self.assertEqual(order.payments.get().status, Payment.Status.SUCCEEDED)

    def test_out_of_stock(self, _rates: mock.Mock) -> None:
        with self.assertRaises(OutOfStock):
            place_order(
                self.customer, [CartItem("BK-001", 5)], ADDRESS, "tok_visa", gateway=self.gateway()
            )
        self.assertFalse(Order.objects.exists())

    def test_declined_card_cancels_order_and_restores_stock(self, _rates: mock.Mock) -> None:
        gateway = self.gateway(side_effect=PaymentDeclined("Insufficient funds"))
        with self.assertRaisesMessage(PaymentFailed, "Insufficient funds"):
            place_order(self.customer, [CartItem("BK-001", 1)], ADDRESS, "tok_x", gateway=gateway)
        self.product.refresh_from_db()
        self.assertEqual(self.product.stock, 3)
        self.assertEqual(Order.objects.get().status, Order.Status.CANCELLED)
