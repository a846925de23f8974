# corpus: safe SEC101
from django.db import connection
from django.http import JsonResponse


def leaderboard(request):
    direction = "ASC" if request.GET.get("dir") == "asc" else "DESC"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT player, score FROM game_score ORDER BY score {direction} LIMIT 50")
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})
