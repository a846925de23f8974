"""Small real applications for tests/runtime/test_middleware.py (application code, not tests:
the analysis leaves call sites in test modules out)."""
