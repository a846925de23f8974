# corpus: vulnerable DB201
from django.contrib.auth import get_user_model
from django.db import models
from django.shortcuts import render


class Score(models.Model):
    player = models.ForeignKey(get_user_model(), on_delete=models.CASCADE)
    points = models.IntegerField(default=0)
    recorded_at = models.DateTimeField(auto_now_add=True)


def leaderboard(request):
    top = Score.objects.select_related("player").order_by("-points")[:20]
    return render(request, "game/leaderboard.html", {"top": top})
