# corpus: vulnerable DB104
from django.db import models
from django.http import JsonResponse


class Contact(models.Model):
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    name = models.CharField(max_length=120)
    phone = models.CharField(max_length=30)


def contacts_json(request):
    contacts = Contact.objects.values("id", "name", "phone").order_by("name")
    return JsonResponse({"contacts": list(contacts)})
