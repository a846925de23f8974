"""ASGI entry point, served by uvicorn in production (the shipping views are async)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.production")

application = get_asgi_application()
