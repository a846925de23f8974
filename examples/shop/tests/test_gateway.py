from decimal import Decimal
from unittest import mock

from django.test import SimpleTestCase, override_settings

from payments.services.gateway import PaymentDeclined, PaymentGatewayClient


def fake_response(status: int, payload: dict) -> mock.Mock:
    response = mock.Mock(status_code=status, ok=200 <= status < 300, text=str(payload))
    response.json.return_value = payload
    return response


@override_settings(PAYMENT_GATEWAY_URL="https://gateway.test", PAYMENT_GATEWAY_API_KEY="sk_test")
class GatewayClientTests(SimpleTestCase):
    @mock.patch("payments.services.gateway.requests.post")
    def test_create_charge(self, post: mock.Mock) -> None:
        post.return_value = fake_response(
            200, {"id": "ch_1", "status": "succeeded", "amount": 1234, "currency": "eur"}
        )
        charge = PaymentGatewayClient().create_charge(Decimal("12.34"), "EUR", "tok", "key-1")
        self.assertEqual(charge.id, "ch_1")
        self.assertEqual(charge.amount, Decimal("12.34"))
        self.assertEqual(post.call_args.kwargs["headers"]["Idempotency-Key"], "key-1")

    @mock.patch("payments.services.gateway.requests.post")
    def test_declined(self, post: mock.Mock) -> None:
        post.return_value = fake_response(402, {"message": "Insufficient funds"})
        with self.assertRaisesMessage(PaymentDeclined, "Insufficient funds"):
            PaymentGatewayClient().create_charge(Decimal("5.00"), "EUR", "tok", "key-2")
