# corpus: vulnerable SEC110
from django.http import JsonResponse
from lxml import etree

CATALOG = etree.parse("/srv/app/catalog.xml")


def product_price(request):
    sku = request.GET.get("sku", "")
    find = etree.XPath("//product[@sku='" + sku + "']/price/text()")
    return JsonResponse({"prices": [str(p) for p in find(CATALOG)]})
