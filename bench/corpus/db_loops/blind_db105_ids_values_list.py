# corpus: safe DB105
from django.db import models


class Message(models.Model):
    recipient = models.ForeignKey("auth.User", on_delete=models.CASCADE, related_name="inbox")
    subject = models.CharField(max_length=200)
    body = models.TextField()
    read = models.BooleanField(default=False)
    sent_at = models.DateTimeField(auto_now_add=True)


def mark_all_read(user):
    ids = list(Message.objects.filter(recipient=user, read=False).values_list("id", flat=True))
    Message.objects.filter(id__in=ids).update(read=True)
    return ids
