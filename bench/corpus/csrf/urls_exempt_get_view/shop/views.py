from django.http import JsonResponse
from django.views import View


class OrderFeed(View):
    def get(self, request):
        return JsonResponse({"orders": list(request.user.orders.values("id", "item"))})
