# corpus: safe DB101
from django.db import models


class Team(models.Model):
    name = models.CharField(max_length=80)


class Player(models.Model):
    name = models.CharField(max_length=80)
    team = models.ForeignKey(Team, on_delete=models.CASCADE)
    goals = models.IntegerField(default=0)


def top_scorer_line():
    players = Player.objects.order_by("-goals")
    best = players.first()
    names = [p.name for p in players[:10]]
    return f"{best.name} ({best.team.name})", names
