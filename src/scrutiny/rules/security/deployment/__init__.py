"""Deployment settings: Django `check --deploy` done statically, plus Flask and FastAPI."""
