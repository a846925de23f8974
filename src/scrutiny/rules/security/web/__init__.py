"""Rules about browser-facing protections: cookies, CSRF and CORS."""
