# corpus: safe SEC212
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from .models import Product


@csrf_exempt
@require_GET
def search(request):
    items = Product.objects.filter(name__icontains=request.GET.get("q", ""))
    return JsonResponse({"items": [p.name for p in items]})
