# corpus: vulnerable SEC111
from django.http import HttpResponse


def receipt(request):
    context = {"shop": "Example Shop", "customer": request.GET.get("customer", "")}
    return HttpResponse(f"<h1>{context['shop']}</h1><p>Receipt for {context['customer']}</p>")
