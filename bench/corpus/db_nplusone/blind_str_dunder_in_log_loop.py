# corpus: vulnerable DB101
import datetime
import logging

from django.db import models

log = logging.getLogger(__name__)


class Plan(models.Model):
    title = models.CharField(max_length=60)


class Subscription(models.Model):
    email = models.EmailField()
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT)
    renews_on = models.DateField(db_index=True)

    def __str__(self):
        return f"{self.email} on {self.plan.title}"


def announce_renewals():
    today = datetime.date.today()
    for sub in Subscription.objects.filter(renews_on=today):
        log.info("renewing %s", str(sub))
