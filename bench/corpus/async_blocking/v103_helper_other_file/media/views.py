# corpus: vulnerable ASY103
from django.http import JsonResponse

from media.storage import store_upload


async def upload(request):
    upload = request.FILES["file"]
    path = store_upload(upload.name, upload.chunks())
    return JsonResponse({"path": path})
