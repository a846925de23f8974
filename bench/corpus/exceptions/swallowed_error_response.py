# corpus: safe REL103
from django.http import JsonResponse


def order_status(request, order_id):
    try:
        status = lookup_status(order_id)
    except Exception as e:
        return JsonResponse({"error": str(e)}, status=500)
    return JsonResponse({"status": status})


def lookup_status(order_id):
    return order_id
