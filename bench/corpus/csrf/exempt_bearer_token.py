# corpus: safe SEC212
from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def ingest(request):
    if request.headers.get("Authorization") != f"Bearer {settings.INGEST_TOKEN}":
        return HttpResponse(status=401)
    return HttpResponse(status=202)
