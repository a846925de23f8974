# corpus: vulnerable SEC113
from django.http import JsonResponse


def switch_account(request):
    request.session["account_id"] = request.POST["account_id"]
    return JsonResponse({"switched": True})
