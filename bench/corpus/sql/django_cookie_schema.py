# corpus: vulnerable SEC101
from django.db import connection
from django.http import JsonResponse


def tenant_dashboard(request):
    tenant = request.COOKIES.get("tenant", "public")
    with connection.cursor() as cursor:
        cursor.execute(f"SET search_path TO {tenant}")
        cursor.execute("SELECT count(*) FROM orders")
        count = cursor.fetchone()[0]
    return JsonResponse({"orders": count})
