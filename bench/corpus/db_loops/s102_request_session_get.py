# corpus: safe DB102
from django.http import JsonResponse


def wizard_state(request):
    state = {}
    for step in request.GET.getlist("step"):
        state[step] = request.session.get(f"wizard-{step}")
    return JsonResponse(state)
