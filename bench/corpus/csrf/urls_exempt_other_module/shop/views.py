from django.http import JsonResponse
from django.views import View


class OrderApi(View):
    def get(self, request):
        return JsonResponse({"orders": []})

    def post(self, request):
        request.user.orders.create(item=request.POST["item"])
        return JsonResponse({"ok": True}, status=201)
