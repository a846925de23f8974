# corpus: safe DB105
from django.db import models


class Message(models.Model):
    recipient = models.ForeignKey("auth.User", on_delete=models.CASCADE, related_name="inbox")
    subject = models.CharField(max_length=200)
    read = models.BooleanField(default=False)


def unread_subjects(user):
    subjects = list(
        Message.objects.filter(recipient=user, read=False).values_list("subject", flat=True)
    )
    return len(subjects), subjects
