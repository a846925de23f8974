# corpus: safe REL117
from django.db import transaction
from jobs.models import Job


def claimable():
    return Job.objects.select_for_update(skip_locked=True).filter(claimed=False)


@transaction.atomic
def claim():
    job = claimable().first()
    if job is not None:
        job.claimed = True
        job.save()
    return job
