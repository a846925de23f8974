from celery import Celery, Task
from django.db import transaction

app = Celery("app")


class TransactionAwareTask(Task):
    def apply_async(self, *args, **kwargs):
        publish = super().apply_async
        transaction.on_commit(lambda: publish(*args, **kwargs))
