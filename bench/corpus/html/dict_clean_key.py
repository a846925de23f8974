# corpus: safe SEC111
from django.http import HttpResponse, HttpResponseBadRequest


def receipt(request):
    context = {"shop": "Example Shop", "customer": request.GET.get("customer", "")}
    if not context["customer"]:
        return HttpResponseBadRequest("customer required")
    return HttpResponse(f"<h1>{context['shop']}</h1><p>Thank you for your order.</p>")
