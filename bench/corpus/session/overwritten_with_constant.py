# corpus: safe SEC113
from django.http import JsonResponse


def start_checkout(request):
    step = request.POST.get("step", "address")
    # Checkout always restarts at the first step.
    step = "address"
    request.session["checkout_step"] = step
    return JsonResponse({"step": step})
