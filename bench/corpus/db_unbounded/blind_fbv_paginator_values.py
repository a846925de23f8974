# corpus: safe DB104
from django.core.paginator import Paginator
from django.db import models
from django.http import JsonResponse


class Contact(models.Model):
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    name = models.CharField(max_length=120)
    phone = models.CharField(max_length=30)


def contacts_json(request):
    contacts = Contact.objects.values("id", "name", "phone").order_by("name")
    page = Paginator(contacts, 50).get_page(request.GET.get("page"))
    return JsonResponse({"contacts": list(page.object_list), "pages": page.paginator.num_pages})
