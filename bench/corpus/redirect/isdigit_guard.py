# corpus: safe SEC106
from django.http import HttpResponseBadRequest, HttpResponseRedirect


def legacy_product(request):
    product = request.GET.get("id", "")
    if not product.isdigit():
        return HttpResponseBadRequest("bad id")
    return HttpResponseRedirect("/products/" + product + "/")
