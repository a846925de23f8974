# corpus: vulnerable SEC101
from django.db import connection
from django.http import JsonResponse


def customer_lookup(request):
    email = request.GET.get("email", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM customers WHERE email = '%s'" % email)
        row = cursor.fetchone()
    return JsonResponse({"customer": row})
