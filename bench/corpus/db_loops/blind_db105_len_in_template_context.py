# corpus: vulnerable DB105
from django.db import models
from django.shortcuts import render


class Message(models.Model):
    recipient = models.ForeignKey("auth.User", on_delete=models.CASCADE, related_name="inbox")
    subject = models.CharField(max_length=200)
    read = models.BooleanField(default=False)


def dashboard(request):
    pending = Message.objects.filter(recipient=request.user, read=False)
    return render(request, "mail/dashboard.html", {"pending_count": len(pending)})
