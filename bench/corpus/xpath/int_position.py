# corpus: safe SEC110
from django.http import JsonResponse
from lxml import etree

FEED = etree.parse("/srv/app/feed.xml")


def nth_item(request):
    position = int(request.GET.get("n", "1"))
    titles = FEED.xpath(f"//item[{position}]/title/text()")
    return JsonResponse({"title": str(titles[0]) if titles else None})
