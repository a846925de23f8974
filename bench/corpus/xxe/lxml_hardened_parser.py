# corpus: safe SEC108
from django.http import JsonResponse
from lxml import etree

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def import_feed(request):
    tree = etree.fromstring(request.body, PARSER)
    return JsonResponse({"items": len(tree.findall(".//item"))})
