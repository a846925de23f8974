# corpus: safe DB201
from django.db import models
from django.http import JsonResponse


class Player(models.Model):
    nickname = models.CharField(max_length=40, unique=True)
    score = models.IntegerField(default=0, db_index=True)


def leaderboard(request):
    top = Player.objects.order_by("-score")[:10]
    return JsonResponse({"top": [(p.nickname, p.score) for p in top]})
