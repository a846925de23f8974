# corpus: vulnerable DB201
from django.db import models
from django.utils import timezone


class SoftDeleteModel(models.Model):
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True


class Document(SoftDeleteModel):
    title = models.CharField(max_length=200)


def purge_deleted(days=30):
    cutoff = timezone.now() - timezone.timedelta(days=days)
    return Document.objects.filter(deleted_at__lte=cutoff).delete()
