# corpus: vulnerable SEC107
import base64
import pickle

from rest_framework.response import Response
from rest_framework.views import APIView


class WizardStateView(APIView):
    def post(self, request):
        state = pickle.loads(base64.urlsafe_b64decode(request.data["state"]))
        return Response({"step": state.get("step", 1)})
