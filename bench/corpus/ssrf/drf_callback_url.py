# corpus: vulnerable SEC105
import requests
from rest_framework.response import Response
from rest_framework.views import APIView


class ExportView(APIView):
    def post(self, request):
        callback = request.data["callback_url"]
        requests.post(callback, json={"status": "done"}, timeout=5)
        return Response(status=202)
