# corpus: safe SEC111
from rest_framework.response import Response
from rest_framework.views import APIView


class EchoView(APIView):
    def get(self, request):
        return Response({"term": request.query_params.get("term", "")})
