# corpus: safe SEC104
import uuid

from rest_framework.response import Response
from rest_framework.views import APIView


class AttachmentView(APIView):
    def get(self, request):
        attachment_id = uuid.UUID(request.query_params["id"])
        with open(f"/srv/attachments/{attachment_id}", "rb") as fh:
            return Response({"size": len(fh.read())})
