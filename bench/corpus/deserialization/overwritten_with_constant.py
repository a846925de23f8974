# corpus: safe SEC107
import pickle

from django.http import JsonResponse

DEFAULT_STATE = pickle.dumps({"step": 1})


def wizard(request):
    state = request.POST.get("state", "").encode()
    # Client-side state was removed: always start from the default.
    state = DEFAULT_STATE
    return JsonResponse(pickle.loads(state))
