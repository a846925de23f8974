# corpus: safe DB105
from django.db import models
from django.shortcuts import render


class Message(models.Model):
    recipient = models.ForeignKey("auth.User", on_delete=models.CASCADE, related_name="inbox")
    subject = models.CharField(max_length=200)
    body = models.TextField()
    read = models.BooleanField(default=False)
    sent_at = models.DateTimeField(auto_now_add=True)


def inbox(request):
    messages = Message.objects.filter(recipient=request.user).order_by("-sent_at")[:50]
    count = len(messages)  # fills the cache; the loop below reuses it
    rows = [(m.subject, m.sent_at) for m in messages]
    return render(request, "mail/inbox.html", {"count": count, "rows": rows})
