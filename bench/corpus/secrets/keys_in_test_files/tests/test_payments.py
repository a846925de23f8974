# corpus: safe SEC401
import stripe

stripe.api_key = "sk_live_mPpfbJqaDkk0rlAnsicX8bqg"
SANDBOX_PASSWORD = "Sandb0x!pass-99"


def test_charge_declined(stripe_mock):
    stripe_mock.add_decline("tok_chargeDeclined")
    assert (
        stripe.Charge.create(amount=100, currency="eur", source="tok_chargeDeclined").status
        == "failed"
    )
