# corpus: vulnerable SEC114
from django.http import HttpResponse
from files.storage import read_upload


def raw_upload(request, upload_id):
    response = HttpResponse(read_upload(upload_id))
    response["Content-Type"] = request.GET.get("type", "application/octet-stream")
    return response
