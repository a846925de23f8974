from django.http import JsonResponse


def order_list(request):
    return JsonResponse({})


def order_detail(request, pk):
    return JsonResponse({"pk": pk})


def order_cancel(request, pk):
    return JsonResponse({"pk": pk})
