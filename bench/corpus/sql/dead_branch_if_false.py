# corpus: safe SEC101
from django.db import connection
from django.http import JsonResponse


def search_members(request):
    name = request.GET.get("name", "")
    with connection.cursor() as cursor:
        if False:
            cursor.execute(f"SELECT id FROM members WHERE name = '{name}'")
        else:
            cursor.execute("SELECT id FROM members WHERE name = %s", [name])
        rows = cursor.fetchall()
    return JsonResponse({"ids": [r[0] for r in rows]})
