from django.http import JsonResponse

from .services import debit


def pay(request):
    wallet = debit(request.user.pk, int(request.POST["amount"]))
    return JsonResponse({"balance": wallet.balance})
