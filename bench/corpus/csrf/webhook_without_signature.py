# corpus: vulnerable SEC212
import json

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Order


@csrf_exempt
@require_POST
def payment_webhook(request):
    event = json.loads(request.body)
    Order.objects.filter(reference=event["reference"]).update(paid=True)
    return HttpResponse(status=204)
