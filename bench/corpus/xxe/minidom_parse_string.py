# corpus: safe SEC108
from xml.dom import minidom

from django.http import JsonResponse


def count_nodes(request):
    document = minidom.parseString(request.body)
    return JsonResponse({"elements": len(document.getElementsByTagName("*"))})
