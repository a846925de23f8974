# corpus: vulnerable SEC104
from rest_framework.response import Response
from rest_framework.views import APIView

TEMPLATE_DIR = "/srv/app/email_templates"


class TemplateUpdate(APIView):
    def put(self, request):
        name = request.data["name"]
        with open(f"{TEMPLATE_DIR}/{name}", "w", encoding="utf-8") as fh:
            fh.write(request.data["body"])
        return Response(status=204)
