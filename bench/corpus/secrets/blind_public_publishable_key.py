# corpus: safe SEC401
"""Stripe publishable key and a Sentry DSN: both are meant to ship to browsers."""

STRIPE_PUBLISHABLE_KEY = "pk_live_51HxQ2vKd8Zr4TnY7bWc3EaP9sLmF6gJ0uVq1oRi5XhD2yN8kA"
SENTRY_DSN = "https://4b7e9f2c1d8a4e6b9c3f0a5d7e2b1c8f@o123456.ingest.sentry.io/7654321"
