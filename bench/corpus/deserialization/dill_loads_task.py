# corpus: vulnerable SEC107
import dill
from django.http import JsonResponse


def submit_task(request):
    task = dill.loads(request.body)
    return JsonResponse({"result": task()})
