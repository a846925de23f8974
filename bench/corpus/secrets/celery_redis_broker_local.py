# corpus: safe SEC401
import os

from celery import Celery

BROKER = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
app = Celery("shop", broker=BROKER)
