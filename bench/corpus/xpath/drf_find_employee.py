# corpus: vulnerable SEC110
from lxml import etree
from rest_framework.response import Response
from rest_framework.views import APIView

STAFF = etree.parse("/srv/hr/staff.xml")


class StaffSearch(APIView):
    def get(self, request):
        dept = request.query_params.get("dept", "")
        people = STAFF.getroot().xpath(f"//employee[department='{dept}']/name/text()")
        return Response([str(p) for p in people])
