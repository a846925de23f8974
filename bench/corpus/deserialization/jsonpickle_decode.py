# corpus: vulnerable SEC107
import jsonpickle
from django.http import JsonResponse


def restore_state(request):
    state = jsonpickle.decode(request.POST["state"])
    return JsonResponse({"restored": type(state).__name__})
