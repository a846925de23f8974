# corpus: safe SEC101
from django.db import connection
from django.http import JsonResponse

from sql_helper_casts.pagination import page_clause


def events(request):
    clause = page_clause(request.GET.get("page", "1"), request.GET.get("size", "20"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM events ORDER BY starts_at " + clause)
        return JsonResponse({"events": cursor.fetchall()})
