# corpus: safe SEC114
from django.http import HttpResponse
from files.storage import read_upload

CONTENT_TYPES = {"pdf": "application/pdf", "png": "image/png", "csv": "text/csv"}


def raw_upload(request, upload_id):
    response = HttpResponse(read_upload(upload_id))
    response["Content-Type"] = CONTENT_TYPES.get(
        request.GET.get("type", ""), "application/octet-stream"
    )
    return response
