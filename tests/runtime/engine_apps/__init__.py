"""Small application modules whose queries the engine tests record (not test modules: the
analysis leaves call sites in `test_*.py` out)."""
