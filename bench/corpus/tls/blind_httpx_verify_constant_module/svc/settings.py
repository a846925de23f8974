VERIFY_TLS = False
PAYMENTS_URL = "https://payments.internal.example.com"
