# corpus: vulnerable SEC108
from django.http import JsonResponse
from lxml import etree


def import_feed(request):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    tree = etree.parse(request.FILES["feed"], parser)
    return JsonResponse({"items": len(tree.findall(".//item"))})
