# corpus: vulnerable DB105
from django.db import models


class Message(models.Model):
    recipient = models.ForeignKey("auth.User", on_delete=models.CASCADE, related_name="inbox")
    subject = models.CharField(max_length=200)
    body = models.TextField()
    read = models.BooleanField(default=False)
    sent_at = models.DateTimeField(auto_now_add=True)


def latest_subject(user):
    messages = Message.objects.filter(recipient=user).order_by("-sent_at")
    return list(messages)[0].subject if messages.exists() else None  # noqa: RUF015
