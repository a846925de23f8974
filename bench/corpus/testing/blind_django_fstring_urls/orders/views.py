from django.http import JsonResponse


def detail(request, pk):
    return JsonResponse({"pk": pk})


def cancel(request, pk):
    return JsonResponse({"pk": pk, "cancelled": True})
