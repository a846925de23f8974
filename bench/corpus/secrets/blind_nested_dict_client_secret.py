# corpus: vulnerable SEC401
"""OAuth client secret under a nested dict key in an integrations config module."""

INTEGRATIONS = {
    "salesforce": {
        "client_id": "3MVG9A2kN3Bn17hvY.e_example_partner_app",
        "client_secret": "8F3A9C2E71B64D0F9E5A2C7B1D8E4F60A3B9C5D2E7F1A4B8",
        "token_url": "https://login.salesforce.com/services/oauth2/token",
    },
}
