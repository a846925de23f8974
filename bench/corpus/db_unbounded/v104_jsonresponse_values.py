# corpus: vulnerable DB104
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import City


@require_GET
def cities(request):
    return JsonResponse({"cities": list(City.objects.values("id", "name", "country"))})
