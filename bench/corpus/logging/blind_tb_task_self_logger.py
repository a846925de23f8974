# corpus: vulnerable REL108
import logging

from celery import Task

from .billing import charge


class ChargeTask(Task):
    name = "billing.charge"
    logger = logging.getLogger("billing.tasks")

    def run(self, order_id):
        try:
            charge(order_id)
        except Exception as exc:
            self.logger.error("charging order %s failed: %s", order_id, exc)
            return {"order": order_id, "charged": False}
        return {"order": order_id, "charged": True}
