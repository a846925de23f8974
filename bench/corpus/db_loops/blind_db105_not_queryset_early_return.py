# corpus: vulnerable DB105
from django.db import models


class Message(models.Model):
    recipient = models.ForeignKey("auth.User", on_delete=models.CASCADE, related_name="inbox")
    subject = models.CharField(max_length=200)
    read = models.BooleanField(default=False)


def can_archive(user):
    unread = Message.objects.filter(recipient=user, read=False)
    if not unread:  # noqa: SIM103
        return True
    return False
