# corpus: safe SEC110
from django.http import JsonResponse
from lxml import etree

CATALOG = etree.parse("/srv/app/catalog.xml")
PRICE_BY_SKU = etree.XPath("//product[@sku=$sku]/price/text()")


def product_price(request):
    prices = PRICE_BY_SKU(CATALOG, sku=request.GET.get("sku", ""))
    return JsonResponse({"prices": [str(p) for p in prices]})
