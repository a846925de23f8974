# corpus: vulnerable SEC108
from lxml import etree
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def soap_endpoint(request):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    envelope = etree.fromstring(request.body, parser=parser)
    return Response({"operation": envelope[0][0].tag})
