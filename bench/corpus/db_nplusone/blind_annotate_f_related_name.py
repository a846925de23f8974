# corpus: safe DB101
from django.db import models
from django.db.models import F


class Team(models.Model):
    name = models.CharField(max_length=80)


class Player(models.Model):
    name = models.CharField(max_length=80)
    team = models.ForeignKey(Team, on_delete=models.CASCADE)


def roster_lines():
    players = Player.objects.annotate(team_name=F("team__name")).order_by("team_name", "name")
    return [f"{p.team_name}: {p.name}" for p in players]
