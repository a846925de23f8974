# corpus: safe DB201
from django.db import models
from django.http import JsonResponse


class Subscriber(models.Model):
    email = models.EmailField(unique=True)
    confirmed = models.BooleanField(default=False)


def unsubscribe(request):
    Subscriber.objects.filter(email=request.GET["email"]).delete()
    return JsonResponse({"ok": True})


def pending():
    return Subscriber.objects.filter(confirmed=False).count()
