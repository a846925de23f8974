# corpus: safe SEC212
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def healthcheck(request):
    return HttpResponse("ok")
