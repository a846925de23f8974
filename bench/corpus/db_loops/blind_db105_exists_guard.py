# corpus: safe DB105
from django.db import models
from django.http import HttpResponse


class Message(models.Model):
    recipient = models.ForeignKey("auth.User", on_delete=models.CASCADE, related_name="inbox")
    subject = models.CharField(max_length=200)
    body = models.TextField()
    read = models.BooleanField(default=False)
    sent_at = models.DateTimeField(auto_now_add=True)


def has_mail(request):
    if Message.objects.filter(recipient=request.user, read=False).exists():
        return HttpResponse("You have new mail")
    return HttpResponse("Inbox zero")
